import { GraphQLDateTime } from "graphql-scalars";
import { Field, Float, ID, ObjectType } from "type-graphql";
import { DuplicateReviewStatus } from "./duplicate-enums";

@ObjectType({
  description: "查重 Opened at receipt when likely duplicates were found; the dispute is not routed until an officer links or overrides it",
})
export class DuplicateReview {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => DuplicateReviewStatus)
  status!: DuplicateReviewStatus;

  @Field((_type) => Float, { description: "The score from which a candidate counted, when the review was opened" })
  threshold!: number;

  @Field((_type) => GraphQLDateTime)
  openedAt!: Date;

  @Field((_type) => GraphQLDateTime, { nullable: true })
  decidedAt!: Date | null;

  @Field((_type) => String, { nullable: true, description: "The officer's reason (mandatory for an override)" })
  reason!: string | null;
}
