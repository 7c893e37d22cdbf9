import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { ReviewKind } from "./review-enums";

@InputType({ description: "复查/复核 Record a petitioner's request to review the handling (信访工作条例 arts 35-36)" })
export class RequestReviewInput {
  @Field((_type) => ID)
  disputeId!: string;

  @Field((_type) => ReviewKind)
  kind!: ReviewKind;

  @Field((_type) => GraphQLDateTime, {
    description: "When the petitioner received the opinion challenged: the handling opinion (复查) or the 复查 opinion (复核)",
  })
  opinionReceivedAt!: Date;

  @Field((_type) => GraphQLDateTime, { nullable: true, description: "When the petitioner asked; now by default, not in the future" })
  requestedAt?: Date | null;

  @Field((_type) => String, { description: "The petitioner's grounds; at most 2000 characters" })
  reason!: string;
}

@InputType({ description: "复查/复核意见 Record the opinion on a review request" })
export class AnswerReviewInput {
  @Field((_type) => ID)
  reviewRequestId!: string;

  @Field((_type) => String, { description: "The opinion; at most 5000 characters" })
  answer!: string;
}
