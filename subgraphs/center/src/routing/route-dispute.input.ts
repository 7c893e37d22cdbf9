import { Field, ID, InputType } from "type-graphql";
import { HandlingTier, StationingMode } from "./routing-enums";
import { RoutingTargetInput } from "./routing-target.input";

@InputType({ description: "分流 Route a dispute: by the matching rule, or to a target the centre names" })
export class RouteDisputeInput {
  @Field((_type) => ID)
  disputeId!: string;

  @Field((_type) => RoutingTargetInput, { nullable: true, description: "Omit to apply the matching routing rule" })
  target?: RoutingTargetInput | null;

  @Field((_type) => StationingMode, { nullable: true, description: "Defaults to the rule's when the rule's target is used" })
  stationingMode?: StationingMode | null;

  @Field((_type) => HandlingTier, { nullable: true, description: "Defaults to the rule's when the rule's target is used" })
  tier?: HandlingTier | null;

  @Field((_type) => String, { nullable: true, description: "人工调整理由 Required when the target differs from the rule's" })
  overrideReason?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: "幂等键 Sent again with the same payload (a retry), it returns the routing first made instead of a refusal",
  })
  idempotencyKey?: string | null;
}
