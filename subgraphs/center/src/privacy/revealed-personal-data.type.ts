import { Field, ID, ObjectType } from "type-graphql";
import { RevealedValue } from "./revealed-value.type";

@ObjectType({ description: "个人信息（完整） A party's personal data read in full, each field audited" })
export class RevealedPersonalData {
  @Field((_type) => ID)
  partyId!: string;

  @Field((_type) => ID)
  disputeId!: string;

  @Field((_type) => [RevealedValue])
  values!: RevealedValue[];
}
