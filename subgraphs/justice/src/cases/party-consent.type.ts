import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "同意调解 A party who had expressly refused mediation of the dispute consents to it (人民调解法 art 17)" })
export class PartyConsent {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => ID, { description: "The centre's Party id" })
  partyId!: string;

  @Field((_type) => String, { description: "What the party said, as recorded" })
  statement!: string;

  @Field((_type) => GraphQLDateTime)
  recordedAt!: Date;
}
