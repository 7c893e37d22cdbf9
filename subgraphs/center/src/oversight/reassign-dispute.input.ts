import { Field, ID, InputType } from "type-graphql";
import { RoutingTargetInput } from "../routing/routing-target.input";
import { HandlingTier, StationingMode } from "../routing/routing-enums";

@InputType({
  description: "改派 A supervisor moves a dispute not yet in handling to another centre, or routes it to another organisation",
})
export class ReassignDisputeInput {
  @Field((_type) => ID)
  disputeId!: string;

  @Field((_type) => ID, { nullable: true, description: "Another centre within the supervisor's jurisdiction (or give target)" })
  toCentreId?: string | null;

  @Field((_type) => RoutingTargetInput, { nullable: true, description: "Another handling organisation (or give toCentreId)" })
  target?: RoutingTargetInput | null;

  @Field((_type) => StationingMode, { nullable: true, description: "With target: required" })
  stationingMode?: StationingMode | null;

  @Field((_type) => HandlingTier, { nullable: true, description: "With target: required" })
  tier?: HandlingTier | null;

  @Field((_type) => String, { description: "改派理由 (mandatory)" })
  reason!: string;
}
