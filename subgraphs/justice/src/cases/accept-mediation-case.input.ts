import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { CourtProcedure, MediationOrigin } from "./enums";
import { PartyConsentInput } from "./party-consent.input";

@InputType({ description: "受理调解 A committee takes up a dispute the centre routed to it" })
export class AcceptMediationCaseInput {
  @Field((_type) => ID, { description: "The centre's Dispute id; its current routing must target this committee" })
  disputeId!: string;

  @Field((_type) => ID, { description: "The registered mediation committee that will mediate" })
  committeeId!: string;

  @Field((_type) => ID, {
    nullable: true,
    description:
      "特邀调解 The court (court subgraph's id) that delegated (委派) or entrusted (委托) the mediation; required for those origins, refused for people's mediation",
  })
  invitingCourtId?: string | null;

  @Field((_type) => MediationOrigin, {
    nullable: true,
    description: "调解来源; by default COURT_DELEGATED when invitingCourtId is given, else PEOPLES_MEDIATION. It sets the time limit",
  })
  origin?: MediationOrigin | null;

  @Field((_type) => CourtProcedure, {
    nullable: true,
    description: "委托调解 only (required there): the procedure of the court case, ordinary (15 days) or summary (7)",
  })
  courtProcedure?: CourtProcedure | null;

  @Field((_type) => GraphQLDateTime, {
    nullable: true,
    description:
      "签收时间 When the mediator signed for the court's file (委派/委托 only; now by default): the limit runs from it (特邀调解规定 art 27)",
  })
  fileSignedForAt?: Date | null;

  @Field((_type) => [PartyConsentInput], {
    nullable: true,
    description:
      "同意调解 The consent of each party who expressly refused mediation of this dispute before (人民调解法 art 17), recorded with the acceptance",
  })
  consents?: PartyConsentInput[] | null;

  @Field((_type) => String, {
    nullable: true,
    description: "幂等键 Sent again with the same payload (a retry), it returns the first result instead of a second record or a refusal",
  })
  idempotencyKey?: string | null;
}
