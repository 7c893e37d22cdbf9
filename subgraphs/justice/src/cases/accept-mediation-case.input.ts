import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "受理调解 A committee takes up a dispute the centre has received" })
export class AcceptMediationCaseInput {
  @Field((_type) => ID, { description: "The centre's Dispute id" })
  disputeId!: string;

  @Field((_type) => ID, { description: "The registered mediation committee that will mediate" })
  committeeId!: string;
}
