import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "申请执行期间 When the two years to apply for enforcement end, and what they run from (民事诉讼法 art 250 ¶2)" })
export class EnforcementWindow {
  @Field((_type) => ID, {
    nullable: true,
    description: "The agreement's term (justice's id); null where the agreement set no performance period",
  })
  termId!: string | null;

  @Field((_type) => Int, { nullable: true, description: "The term's position in the agreement" })
  position!: number | null;

  @Field((_type) => GraphQLDateTime, {
    description: "The last day of the performance period (the last instalment's), or the ruling's taking effect where none was set",
  })
  runsFrom!: Date;

  @Field((_type) => GraphQLDateTime)
  deadline!: Date;

  @Field((_type) => [Int], {
    description:
      "节假日安排缺失 The years the window's end touches that the holiday calendar does not cover: counted on weekends alone, check by hand (民法典 art 203)",
  })
  calendarMissingFor!: number[];
}
