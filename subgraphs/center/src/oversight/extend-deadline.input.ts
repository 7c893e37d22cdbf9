import { Field, ID, InputType, Int } from "type-graphql";
import { DeadlineStage } from "./oversight-enums";

@InputType({ description: "延期 A supervisor extends a stage's limit, within the extension its rule allows" })
export class ExtendDeadlineInput {
  @Field((_type) => ID)
  disputeId!: string;

  @Field((_type) => DeadlineStage)
  stage!: DeadlineStage;

  @Field((_type) => Int, { description: "Calendar days to add" })
  days!: number;

  @Field((_type) => String, { description: "延期理由 (mandatory)" })
  reason!: string;
}
