import { GraphQLDateTime, GraphQLSafeInt } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { AddressInput } from "../persons/address.input";
import { AgentInput } from "../persons/agent.input";
import { DisputeCategory, DisputeChannel, PartyKind, PartyRole } from "./enums";

@InputType({ description: "A party as entered at receipt" })
export class PartyInput {
  @Field((_type) => PartyRole)
  role!: PartyRole;

  @Field((_type) => PartyKind)
  kind!: PartyKind;

  @Field((_type) => String)
  name!: string;

  @Field((_type) => String, {
    nullable: true,
    description: "居民身份证号码 Resident ID number (GB 11643) of a natural person; stored encrypted, shown masked",
  })
  idNumber?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description:
      "统一社会信用代码 Unified social credit code (GB 32100-2015) of an organisation; the same code is the same organisation however it is entered",
  })
  creditCode?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: "电话 Mainland mobile or landline of a natural person (needs idNumber); the newest given is kept, encrypted, shown masked",
  })
  phone?: string | null;

  @Field((_type) => AddressInput, {
    nullable: true,
    description: "住址 Address of a natural person (needs idNumber); the newest given is kept, the detail encrypted and shown masked",
  })
  address?: AddressInput | null;

  @Field((_type) => AgentInput, { nullable: true, description: "代理人 The party's agent" })
  agent?: AgentInput | null;
}

@InputType({ description: "受理 What a centre records when it receives a dispute" })
export class ReceiveDisputeInput {
  @Field((_type) => DisputeChannel)
  channel!: DisputeChannel;

  @Field((_type) => DisputeCategory)
  category!: DisputeCategory;

  @Field((_type) => String)
  facts!: string;

  @Field((_type) => String)
  claims!: string;

  @Field((_type) => GraphQLSafeInt, { nullable: true, description: "Amount in dispute in fen (1/100 yuan)" })
  amountFen?: number | null;

  @Field((_type) => String, { description: "9-digit township code where the dispute arose" })
  placeCode!: string;

  @Field((_type) => String, { nullable: true })
  gridCode?: string | null;

  @Field((_type) => ID, { nullable: true, description: "Receiving centre; defaults to the officer's own organisation" })
  receivingCentreId?: string | null;

  @Field((_type) => GraphQLDateTime, { nullable: true, description: "Defaults to now; may be earlier for a late entry, never later" })
  receivedAt?: Date | null;

  @Field((_type) => [PartyInput])
  parties!: PartyInput[];

  @Field((_type) => String, {
    nullable: true,
    description: "幂等键 Sent again with the same payload (a retry), it returns the dispute first created instead of a second one",
  })
  idempotencyKey?: string | null;
}
