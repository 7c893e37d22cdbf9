import { Field, ID, InputType } from "type-graphql";

@InputType({
  description: "同意调解 A party who expressly refused mediation of this dispute now consents to it (人民调解法 art 17)",
})
export class PartyConsentInput {
  @Field((_type) => ID, { description: "The centre's Party id" })
  partyId!: string;

  @Field((_type) => String, { description: "What the party said, as recorded" })
  statement!: string;
}
