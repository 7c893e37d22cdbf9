import { Field, ID, InputType } from "type-graphql";
import { SupervisionOutcome } from "./enums";

@InputType({ description: "审查 A prosecutor starts reviewing a supervision case" })
export class StartSupervisionReviewInput {
  @Field((_type) => ID)
  caseId!: string;
}

@InputType({ description: "结案 A prosecutor concludes a supervision case with its outcome" })
export class ConcludeSupervisionInput {
  @Field((_type) => ID)
  caseId!: string;

  @Field((_type) => SupervisionOutcome)
  outcome!: SupervisionOutcome;

  @Field((_type) => String, { description: "What was found and done; at most 5000 characters" })
  summary!: string;
}
