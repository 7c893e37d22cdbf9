import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { SessionPublicity } from "./enums";

@ObjectType({ description: "调解记录 One mediation session" })
export class MediationSession {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => Int, { description: "1 for the case's first session, then 2, 3, …" })
  number!: number;

  @Field((_type) => GraphQLDateTime)
  heldAt!: Date;

  @Field((_type) => SessionPublicity)
  publicity!: SessionPublicity;

  @Field((_type) => [ID], { description: "The centre's Party ids of those who attended" })
  attendingPartyIds!: string[];

  @Field((_type) => String)
  summary!: string;

  @Field((_type) => GraphQLDateTime)
  recordedAt!: Date;
}
