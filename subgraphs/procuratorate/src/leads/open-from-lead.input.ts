import { Field, ID, InputType } from "type-graphql";
import { SupervisionGrounds, SupervisionLeadKind } from "../supervision-cases/enums";

@InputType({ description: "依职权立案 A prosecutor opens a case on their own motion from a ruling or an agreement" })
export class OpenSupervisionCaseFromLeadInput {
  @Field((_type) => SupervisionLeadKind)
  leadKind!: SupervisionLeadKind;

  @Field((_type) => ID, { description: "The ConfirmationApplication id (a ruling) or the MediationAgreement id" })
  leadId!: string;

  @Field((_type) => SupervisionGrounds, { description: "One of the own-motion grounds (人民检察院民事诉讼监督规则 art 37)" })
  grounds!: SupervisionGrounds;

  @Field((_type) => String, { description: "Why the procuratorate supervises; at most 5000 characters" })
  summary!: string;

  @Field((_type) => String, { nullable: true, description: "幂等键 A retry with the same key and payload returns the case first opened" })
  idempotencyKey?: string | null;
}
