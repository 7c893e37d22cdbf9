import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "确认不重复 The officer finds the dispute a separate matter; it may then be routed" })
export class OverrideDuplicateReviewInput {
  @Field((_type) => ID)
  disputeId!: string;

  @Field((_type) => String, { description: "Why it is not a duplicate (mandatory)" })
  reason!: string;
}
