import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { ContactMethod, ReturnVisitOutcome, ReturnVisitSatisfaction } from "./enums";

@InputType({ description: "回访 A return visit to a resolved dispute, and the applicant told the outcome" })
export class RecordReturnVisitInput {
  @Field((_type) => ID)
  disputeId!: string;

  @Field((_type) => GraphQLDateTime, { nullable: true, description: "When the visit took place (default now); not in the future" })
  visitedAt?: Date | null;

  @Field((_type) => ContactMethod)
  method!: ContactMethod;

  @Field((_type) => ReturnVisitOutcome)
  outcome!: ReturnVisitOutcome;

  @Field((_type) => ReturnVisitSatisfaction)
  satisfaction!: ReturnVisitSatisfaction;

  @Field((_type) => String)
  notes!: string;

  @Field((_type) => ContactMethod, { description: "反馈 How the applicant was told the outcome" })
  notificationMethod!: ContactMethod;

  @Field((_type) => String, { description: "What the applicant was told" })
  notificationSummary!: string;
}

@InputType({ description: "结案 Close a resolved dispute: after its return visit, or with the reason there was none" })
export class CloseDisputeInput {
  @Field((_type) => ID)
  disputeId!: string;

  @Field((_type) => String, {
    nullable: true,
    description: "Required when no return visit was recorded (e.g. the party cannot be reached)",
  })
  reason?: string | null;
}
