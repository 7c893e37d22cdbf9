import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { SupervisionLeadKind } from "../supervision-cases/enums";

@ObjectType({ description: "监督线索 A ruling or an agreement in the prosecutor's jurisdiction they may supervise on their own motion" })
export class SupervisionLead {
  @Field((_type) => SupervisionLeadKind)
  kind!: SupervisionLeadKind;

  @Field((_type) => ID, { description: "The ConfirmationApplication id (a ruling) or the MediationAgreement id" })
  id!: string;

  @Field((_type) => GraphQLDateTime, { description: "裁定时间 or 达成时间" })
  occurredAt!: Date;

  @Field((_type) => String, { description: "The dispute's number" })
  disputeNumber!: string;

  @Field((_type) => String, { description: "Township-level division code where the dispute arose" })
  placeCode!: string;

  @Field((_type) => String, { description: "The dispute's category, as the centre records it" })
  category!: string;

  @Field((_type) => String, { nullable: true, description: "案号 of the ruling, e.g. (2026)内0202民特15号" })
  caseNumber!: string | null;

  @Field((_type) => String, { nullable: true, description: "VALID or REJECTED, for a ruling" })
  rulingOutcome!: string | null;

  @Field((_type) => String, { nullable: true, description: "The committee that mediated, for an agreement" })
  committeeName!: string | null;
}
