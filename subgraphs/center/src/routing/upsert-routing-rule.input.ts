import { Field, ID, InputType } from "type-graphql";
import { DisputeCategory } from "../disputes/enums";
import { HandlingTier, StationingMode } from "./routing-enums";
import { RoutingTargetInput } from "./routing-target.input";

@InputType({ description: "分流规则 A routing rule to create, or to change when the id exists" })
export class UpsertRoutingRuleInput {
  @Field((_type) => ID, { description: "Caller-chosen id (UUID): a new id creates a rule, a known one changes it" })
  id!: string;

  @Field((_type) => DisputeCategory)
  category!: DisputeCategory;

  @Field((_type) => String, { description: "Region (2), league/city (4), county (6) or township (9 digits) code" })
  jurisdictionCode!: string;

  @Field((_type) => RoutingTargetInput)
  target!: RoutingTargetInput;

  @Field((_type) => StationingMode)
  stationingMode!: StationingMode;

  @Field((_type) => HandlingTier)
  tier!: HandlingTier;

  @Field((_type) => String, { description: "依据 The local rule's source, e.g. a county centre's work guide and article" })
  basis!: string;
}
