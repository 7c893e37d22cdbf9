import { GraphQLDateTime } from "graphql-scalars";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { HandlingComplexity, HandlingTier, RoutingStatus, StationingMode } from "./routing-enums";

@Directive('@key(fields: "id")')
@ObjectType({ description: "分流 One hand-over of a dispute from a centre to the organisation that handles it" })
export class Routing {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => RoutingStatus)
  status!: RoutingStatus;

  @Field((_type) => StationingMode)
  stationingMode!: StationingMode;

  @Field((_type) => HandlingTier)
  tier!: HandlingTier;

  @Field((_type) => HandlingComplexity, {
    nullable: true,
    description: "繁简程度 As set when routed; the HANDLE limit follows the routing centre's tier for it",
  })
  complexity!: HandlingComplexity | null;

  @Field((_type) => ID, {
    nullable: true,
    description: "The routing rule that matched: applied, or overridden when overrideReason is set",
  })
  ruleId!: string | null;

  @Field((_type) => String, { nullable: true, description: "人工调整理由 Why the centre routed it other than the rule says" })
  overrideReason!: string | null;

  @Field((_type) => GraphQLDateTime, { description: "分流时间" })
  routedAt!: Date;

  @Field((_type) => GraphQLDateTime, {
    description: "异议期限 Until when the receiving organisation may return the case (信访工作条例 art 23: 5 working days)",
  })
  respondDueAt!: Date;

  @Field((_type) => GraphQLDateTime, { nullable: true, description: "接收或退回时间" })
  respondedAt!: Date | null;

  @Field((_type) => String, { nullable: true, description: "退回理由" })
  returnReason!: string | null;
}
