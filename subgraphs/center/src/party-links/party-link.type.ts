import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

export enum PartyLinkKind {
  SAME_PERSON = "SAME_PERSON",
  SHARED_PHONE = "SHARED_PHONE",
  SHARED_ADDRESS = "SHARED_ADDRESS",
  SHARED_AGENT = "SHARED_AGENT",
}

registerEnumType(PartyLinkKind, {
  name: "PartyLinkKind",
  description: "当事人关联 What two parties on opposite sides share (matched by blind indexes and root records, never in clear)",
});

@ObjectType({ description: "Two parties on opposite sides of a dispute that share a person, phone, address or agent" })
export class PartyLink {
  @Field((_type) => PartyLinkKind)
  kind!: PartyLinkKind;

  @Field((_type) => ID, { description: "A party's id" })
  partyA!: string;

  @Field((_type) => ID, { description: "The other party's id" })
  partyB!: string;
}
