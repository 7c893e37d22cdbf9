import { Field, InputType } from "type-graphql";

@InputType({ description: "代理人 A party's agent, a natural person recorded once by the ID number" })
export class AgentInput {
  @Field((_type) => String)
  name!: string;

  @Field((_type) => String, { description: "居民身份证号码 Resident ID number (GB 11643); stored encrypted, shown masked" })
  idNumber!: string;

  @Field((_type) => String, { nullable: true, description: "Mainland mobile or landline; stored encrypted, shown masked" })
  phone?: string | null;
}
