import { Officer } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { ObjectionStatus, ObjectorKind } from "./procedure-enums";

@ObjectType({ description: "异议 An objection to the ruling and how the court decided it (民诉法解释 372)" })
export class RulingObjection {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => ObjectorKind)
  objectorKind!: ObjectorKind;

  @Field((_type) => ID, { nullable: true, description: "The objecting party (the centre's Party id), for a party's objection" })
  partyId!: string | null;

  @Field((_type) => String, { nullable: true, description: "The interested person, as they named themselves" })
  objectorName!: string | null;

  @Field((_type) => GraphQLDateTime, { nullable: true, description: "When the interested person learned of the harm" })
  learnedOfHarmAt!: Date | null;

  @Field((_type) => String)
  grounds!: string;

  @Field((_type) => ObjectionStatus)
  status!: ObjectionStatus;

  @Field((_type) => GraphQLDateTime)
  filedAt!: Date;

  @Field((_type) => Officer, { description: "The clerk who registered it" })
  filedBy!: Officer;

  @Field((_type) => GraphQLDateTime, { nullable: true })
  reviewStartedAt!: Date | null;

  @Field((_type) => GraphQLDateTime, { nullable: true })
  decidedAt!: Date | null;

  @Field((_type) => Officer, { nullable: true, description: "The judge who decided it" })
  decidedBy!: Officer | null;

  @Field((_type) => String, { nullable: true })
  decisionReasoning!: string | null;
}
