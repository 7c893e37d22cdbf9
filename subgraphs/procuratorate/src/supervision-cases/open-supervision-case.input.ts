import { Field, ID, InputType } from "type-graphql";
import { SupervisionGrounds, SupervisionLeadKind } from "./enums";

@InputType({ description: "立案 What a prosecutor records when opening a supervision case" })
export class OpenSupervisionCaseInput {
  @Field((_type) => ID, { description: "The dispute supervised, by its key in the centre's records" })
  disputeId!: string;

  @Field((_type) => SupervisionGrounds)
  grounds!: SupervisionGrounds;

  @Field((_type) => String, { description: "Why the procuratorate supervises; at most 5000 characters" })
  summary!: string;

  @Field((_type) => SupervisionLeadKind, {
    nullable: true,
    description: "监督对象 The kind of act supervised; a party's application (民事诉讼法 art 220) names the ruling it is against",
  })
  subjectKind?: SupervisionLeadKind | null;

  @Field((_type) => ID, { nullable: true, description: "The ConfirmationApplication id (a ruling) or MediationAgreement id supervised" })
  subjectId?: string | null;

  @Field((_type) => ID, {
    nullable: true,
    description:
      "申请人 The party who applies, by the centre's party key: required for PARTY_APPLICATION (once per party and ruling, 民事诉讼法 art 220)",
  })
  applicantPartyId?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: "幂等键 Sent again with the same payload (a retry), it returns the case first opened instead of a second one",
  })
  idempotencyKey?: string | null;
}
