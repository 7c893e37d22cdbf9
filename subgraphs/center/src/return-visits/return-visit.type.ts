import { Officer } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { ContactMethod, ReturnVisitOutcome, ReturnVisitSatisfaction } from "./enums";

@ObjectType({ description: "回访/反馈 The visit after resolution and the applicant being told the outcome" })
export class ReturnVisit {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => GraphQLDateTime)
  visitedAt!: Date;

  @Field((_type) => ContactMethod)
  method!: ContactMethod;

  @Field((_type) => ReturnVisitOutcome)
  outcome!: ReturnVisitOutcome;

  @Field((_type) => ReturnVisitSatisfaction)
  satisfaction!: ReturnVisitSatisfaction;

  @Field((_type) => String)
  notes!: string;

  @Field((_type) => GraphQLDateTime, { description: "反馈 When the applicant was told the outcome" })
  notifiedAt!: Date;

  @Field((_type) => ContactMethod)
  notificationMethod!: ContactMethod;

  @Field((_type) => String, { description: "What the applicant was told" })
  notificationSummary!: string;

  @Field((_type) => Officer)
  officer!: Officer;
}
