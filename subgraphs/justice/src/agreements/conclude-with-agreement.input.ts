import { Field, ID, InputType } from "type-graphql";
import { AgreementTermInput } from "./agreement-term.input";
import { AgreementForm } from "./enums";

@InputType({ description: "达成调解协议 The agreement the parties reached (人民调解法 arts 28-29)" })
export class ConcludeWithAgreementInput {
  @Field((_type) => ID)
  caseId!: string;

  @Field((_type) => AgreementForm)
  form!: AgreementForm;

  @Field((_type) => [ID], {
    description: "The centre's Party ids bound by it: every applicant and respondent of the dispute, third parties as they join",
  })
  partyIds!: string[];

  @Field((_type) => String, { description: "主要事实 The main facts" })
  facts!: string;

  @Field((_type) => String, { description: "争议事项 The points in dispute" })
  disputedPoints!: string;

  @Field((_type) => String, { description: "各方当事人的责任 Each party's responsibility" })
  responsibility!: string;

  @Field((_type) => [AgreementTermInput], { description: "The terms agreed, at least one" })
  terms!: AgreementTermInput[];

  @Field((_type) => String, {
    nullable: true,
    description: "幂等键 Sent again with the same payload (a retry), it returns the first result instead of a second record or a refusal",
  })
  idempotencyKey?: string | null;
}
