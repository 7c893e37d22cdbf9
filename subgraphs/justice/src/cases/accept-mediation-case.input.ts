import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "受理调解 A committee takes up a dispute the centre routed to it" })
export class AcceptMediationCaseInput {
  @Field((_type) => ID, { description: "The centre's Dispute id; its current routing must target this committee" })
  disputeId!: string;

  @Field((_type) => ID, { description: "The registered mediation committee that will mediate" })
  committeeId!: string;

  @Field((_type) => ID, {
    nullable: true,
    description:
      "特邀调解 The court (court subgraph's id) that invited or delegated the mediation; sets the 30-day limit (特邀调解规定 art 27)",
  })
  invitingCourtId?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: "幂等键 Sent again with the same payload (a retry), it returns the first result instead of a second record or a refusal",
  })
  idempotencyKey?: string | null;
}
