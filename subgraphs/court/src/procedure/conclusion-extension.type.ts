import { Officer } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { ConclusionLimit } from "./procedure-enums";

@ObjectType({ description: "延长审限 An extension approved by the court president, with its reason" })
export class ConclusionExtension {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => ConclusionLimit)
  limit!: ConclusionLimit;

  @Field((_type) => Int)
  days!: number;

  @Field((_type) => String)
  reason!: string;

  @Field((_type) => String, { description: "批准的院长 The president who approved it" })
  approvedByName!: string;

  @Field((_type) => GraphQLDateTime)
  recordedAt!: Date;

  @Field((_type) => Officer)
  recordedBy!: Officer;
}
