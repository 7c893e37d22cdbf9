import { Field, ObjectType } from "type-graphql";
import { Person } from "./person.type";

@ObjectType({ description: "代理人 A party's agent" })
export class PartyAgent {
  @Field((_type) => String, { description: "The agent's name as entered" })
  name!: string;

  @Field((_type) => Person, { description: "The agent's root record: a shared agent is one person" })
  person!: Person;
}
