import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "当事人要求终止调解 A party asks to end the mediation (人民调解法 art 23)" })
export class EndMediationAtPartyRequestInput {
  @Field((_type) => ID)
  caseId!: string;

  @Field((_type) => ID, { description: "The centre's Party id of the party who asked" })
  partyId!: string;

  @Field((_type) => String, { description: "What the party said, as recorded" })
  statement!: string;
}
