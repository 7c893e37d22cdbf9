import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { HearingManner } from "./procedure-enums";

@InputType({ description: "到场核实 Record a party appearing or heard before the ruling (民诉法解释 356)" })
export class RecordPartyHearingInput {
  @Field((_type) => ID)
  applicationId!: string;

  @Field((_type) => ID, { description: "The applicant heard (the centre's Party id)" })
  partyId!: string;

  @Field((_type) => HearingManner)
  manner!: HearingManner;

  @Field((_type) => GraphQLDateTime, { nullable: true, description: "When; now when omitted, never in the future" })
  heardAt?: Date | null;

  @Field((_type) => String, { nullable: true, description: "询问笔录摘要 What the party confirmed" })
  notes?: string | null;
}
