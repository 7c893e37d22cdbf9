import { Field, ID, InputType } from "type-graphql";
import { HandlingComplexity, HandlingTier, StationingMode } from "./routing-enums";
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

  @Field((_type) => HandlingComplexity, {
    nullable: true,
    description:
      "繁简程度 Picks the centre's local handling limit for the case (ORDINARY when omitted); none applies where the centre has no tiers",
  })
  complexity?: HandlingComplexity | null;

  @Field((_type) => String, { nullable: true, description: "人工调整理由 Required when the target differs from the rule's" })
  overrideReason?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: "幂等键 Sent again with the same payload (a retry), it returns the routing first made instead of a refusal",
  })
  idempotencyKey?: string | null;
}
