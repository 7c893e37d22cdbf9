import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { DisputeCategory } from "../disputes/enums";
import { EarlyWarningKind } from "./oversight-enums";

@ObjectType({ description: "预警 An early warning with its evidence: the disputes behind it and the threshold it crossed" })
export class EarlyWarning {
  @Field((_type) => EarlyWarningKind)
  kind!: EarlyWarningKind;

  @Field((_type) => String, { nullable: true, description: "The township, for place-based warnings" })
  placeCode!: string | null;

  @Field((_type) => DisputeCategory, { nullable: true })
  category!: DisputeCategory | null;

  @Field((_type) => ID, { nullable: true, description: "The person's root record, for REPEATED_PARTY" })
  personId!: string | null;

  @Field((_type) => Int, { description: "How many disputes (or, for ESCALATION_RISK, markers) the warning counts" })
  count!: number;

  @Field((_type) => Int, { description: "The configured threshold it reached" })
  threshold!: number;

  @Field((_type) => GraphQLDateTime, { description: "The window counted: after windowFrom, up to windowTo" })
  windowFrom!: Date;

  @Field((_type) => GraphQLDateTime)
  windowTo!: Date;

  @Field((_type) => [String], { description: "激化风险 markers, e.g. MANY_PARTIES (6 ≥ 5)" })
  markers!: string[];

  @Field((_type) => String, { description: "The source of the threshold" })
  basis!: string;

  /** Resolved to `disputes` through the per-request loader. */
  disputeIds!: string[];
}
