import { Officer } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { NoticeMethod } from "./notice-enums";

@ObjectType({ description: "书面告知 The written notice to the petitioner, due within 15 days of receipt (信访工作条例 art 23)" })
export class PetitionerNotice {
  @Field((_type) => GraphQLDateTime, {
    description: "告知期限 When the notice is due (a last day on a rest day moves to the next working day)",
  })
  dueAt!: Date;

  @Field((_type) => String, { description: "The source of the limit" })
  basis!: string;

  @Field((_type) => [Int], { description: "Years the limit touches that the holiday calendar does not cover (counted on weekends alone)" })
  calendarMissingFor!: number[];

  @Field((_type) => GraphQLDateTime, { nullable: true, description: "When the notice was given; null until it is" })
  givenAt!: Date | null;

  @Field((_type) => NoticeMethod, { nullable: true })
  method!: NoticeMethod | null;

  @Field((_type) => String, {
    nullable: true,
    description: "The notice's reference, e.g. its document number or the registered-post number",
  })
  reference!: string | null;

  @Field((_type) => Officer, { nullable: true, description: "Who recorded it" })
  givenBy!: Officer | null;

  @Field((_type) => Boolean, { nullable: true, description: "Given by its due time; null until given" })
  inTime!: boolean | null;

  @Field((_type) => Boolean, { description: "超期未告知 Not given, and past due at the request's time" })
  overdue!: boolean;
}
