import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { NoticeMethod } from "./notice-enums";

@InputType({ description: "书面告知 Record that the petitioner was told in writing how the matter is handled (信访工作条例 art 23)" })
export class RecordPetitionerNoticeInput {
  @Field((_type) => ID)
  disputeId!: string;

  @Field((_type) => NoticeMethod)
  method!: NoticeMethod;

  @Field((_type) => GraphQLDateTime, {
    nullable: true,
    description: "When it was given: not before receipt nor in the future; now by default",
  })
  notifiedAt?: Date | null;

  @Field((_type) => String, {
    nullable: true,
    description: "The notice's document number or the registered-post number; at most 200 characters",
  })
  reference?: string | null;
}
