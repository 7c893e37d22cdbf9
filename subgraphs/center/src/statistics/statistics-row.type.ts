import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "统计行 One group's figures; the definitions are in docs/statistics.md" })
export class StatisticsRow {
  @Field((_type) => String, { description: "The group: a category, channel, division code, YYYY-MM, or ALL" })
  key!: string;

  @Field((_type) => String, { nullable: true, description: "The division's name when grouped by subdivision" })
  label!: string | null;

  @Field((_type) => Int, { description: "受理数 Disputes received in the period (linked and merged records excluded)" })
  received!: number;

  @Field((_type) => Int, { description: "化解数 Of those, resolved (an agreement took effect or a court confirmed it)" })
  resolved!: number;

  @Field((_type) => Float, { nullable: true, description: "化解率 resolved / received; null when nothing was received" })
  resolutionRate!: number | null;

  @Field((_type) => Float, { nullable: true, description: "Median days from receipt to resolution (percentile_cont)" })
  resolutionDaysP50!: number | null;

  @Field((_type) => Float, { nullable: true, description: "90th percentile of days from receipt to resolution" })
  resolutionDaysP90!: number | null;

  @Field((_type) => Int, { description: "超期数 Of those, disputes with a stage past its limit at asOf" })
  overdue!: number;
}
