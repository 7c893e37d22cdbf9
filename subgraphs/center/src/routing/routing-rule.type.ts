import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { DisputeCategory } from "../disputes/enums";
import { HandlingTier, StationingMode } from "./routing-enums";

@ObjectType({
  description: "分流规则 Who handles a category of dispute arising in a jurisdiction; the most specific jurisdiction wins",
})
export class RoutingRule {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => DisputeCategory)
  category!: DisputeCategory;

  @Field((_type) => String, { description: "Region, league/city, county or township code; the rule covers everything below it" })
  jurisdictionCode!: string;

  @Field((_type) => StationingMode)
  stationingMode!: StationingMode;

  @Field((_type) => HandlingTier)
  tier!: HandlingTier;

  @Field((_type) => String, { description: "依据 The local rule this configuration comes from" })
  basis!: string;

  @Field((_type) => GraphQLDateTime)
  updatedAt!: Date;
}
