import { Field, ID, ObjectType } from "type-graphql";
import { PartyKind, PartyRole } from "./enums";

@ObjectType({ description: "当事人 A party to a dispute" })
export class Party {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => PartyRole)
  role!: PartyRole;

  @Field((_type) => PartyKind)
  kind!: PartyKind;

  @Field((_type) => String)
  name!: string;
}
