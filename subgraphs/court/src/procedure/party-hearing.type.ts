import { Officer } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { HearingManner } from "./procedure-enums";

@ObjectType({ description: "到场核实 A party appearing or heard before the ruling (民诉法解释 356)" })
export class PartyHearing {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => ID, { description: "The party (the centre's Party id)" })
  partyId!: string;

  @Field((_type) => HearingManner)
  manner!: HearingManner;

  @Field((_type) => GraphQLDateTime)
  heardAt!: Date;

  @Field((_type) => String, { nullable: true })
  notes!: string | null;

  @Field((_type) => Officer)
  recordedBy!: Officer;
}
