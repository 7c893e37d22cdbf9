import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "当事人明确拒绝调解 A party expressly refuses mediation (人民调解法 art 17)" })
export class RecordPartyRefusalInput {
  @Field((_type) => ID)
  caseId!: string;

  @Field((_type) => ID, { description: "The centre's Party id of the party who refused" })
  partyId!: string;

  @Field((_type) => String, { description: "What the party said, as recorded" })
  statement!: string;
}
