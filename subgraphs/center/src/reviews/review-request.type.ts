import { Officer } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { ReviewKind, ReviewRequestStatus } from "./review-enums";

@ObjectType({ description: "复查/复核请求 A petitioner's request to review the handling (信访工作条例 arts 35-36)" })
export class ReviewRequest {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => ReviewKind)
  kind!: ReviewKind;

  @Field((_type) => ReviewRequestStatus)
  status!: ReviewRequestStatus;

  @Field((_type) => GraphQLDateTime, { description: "When the petitioner received the opinion challenged" })
  opinionReceivedAt!: Date;

  @Field((_type) => GraphQLDateTime, { description: "请求期限 The last moment to ask: 30 days after receiving the opinion" })
  requestDueAt!: Date;

  @Field((_type) => GraphQLDateTime)
  requestedAt!: Date;

  @Field((_type) => String, { description: "The petitioner's grounds" })
  reason!: string;

  @Field((_type) => Officer, { description: "Who recorded the request" })
  recordedBy!: Officer;

  @Field((_type) => GraphQLDateTime, { description: "答复期限 The opinion is due 30 days after the request" })
  answerDueAt!: Date;

  @Field((_type) => GraphQLDateTime, { nullable: true })
  answeredAt!: Date | null;

  @Field((_type) => String, { nullable: true, description: "复查/复核意见 The opinion given" })
  answer!: string | null;

  @Field((_type) => Officer, { nullable: true })
  answeredBy!: Officer | null;

  @Field((_type) => Boolean, { nullable: true, description: "Answered by its due time; null until answered" })
  answeredInTime!: boolean | null;

  @Field((_type) => Boolean, { description: "超期未答复 Unanswered past its due time, at the request's time" })
  overdue!: boolean;

  @Field((_type) => String, { description: "The source of the limits" })
  basis!: string;

  @Field((_type) => [Int], { description: "Years the limits touch that the holiday calendar does not cover (counted on weekends alone)" })
  calendarMissingFor!: number[];
}
