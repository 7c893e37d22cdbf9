import { Field, ID, InputType, Int } from "type-graphql";
import { ConclusionLimit } from "./procedure-enums";

@InputType({ description: "延长审限 Record an extension of a conclusion limit the court president approved" })
export class ExtendConfirmationConclusionInput {
  @Field((_type) => ID)
  applicationId!: string;

  @Field((_type) => ConclusionLimit, { description: "STATUTORY (民事诉讼法 art 187) or COURT_OWN (2011 provisions art 6, where applied)" })
  limit!: ConclusionLimit;

  @Field((_type) => Int, { description: "Days added; at most the configured extension (courtDeadlineRules)" })
  days!: number;

  @Field((_type) => String, { description: "延长理由 The special circumstances" })
  reason!: string;

  @Field((_type) => String, { description: "批准的院长 The court president who approved it" })
  approvedByName!: string;
}
