import { GraphQLDateTime } from "graphql-scalars";
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

  @Field((_type) => Boolean, {
    nullable: true,
    description:
      "损害国家利益、社会公共利益 Whether the review found state or public interest harmed: the one ground for a 抗诉 or 再审检察建议 " +
      "against a confirmation ruling (民诉法解释 411-412); taken as found for a case opened on that ground",
  })
  publicInterestHarmed?: boolean | null;

  @Field((_type) => GraphQLDateTime, {
    nullable: true,
    description:
      "When the instrument (检察建议书, 抗诉书, 线索移送函) was issued: not before the case was opened nor in the future; the conclusion's time by default",
  })
  issuedAt?: Date | null;

  @Field((_type) => String, {
    nullable: true,
    description: "The instrument's document number, e.g. 东检民建〔2026〕3号; at most 100 characters",
  })
  documentNumber?: string | null;
}
