import { Field, ObjectType } from "type-graphql";
import { StatisticsDimension } from "./statistics-dimension";
import { StatisticsRow } from "./statistics-row.type";

@ObjectType({ description: "纠纷统计 Figures for a jurisdiction and period, aggregated in the database" })
export class DisputeStatistics {
  @Field((_type) => String)
  jurisdictionCode!: string;

  @Field((_type) => StatisticsDimension)
  groupBy!: StatisticsDimension;

  @Field((_type) => StatisticsRow, { description: "The whole jurisdiction and period" })
  total!: StatisticsRow;

  @Field((_type) => [StatisticsRow], { description: "One row per group, ordered by key" })
  rows!: StatisticsRow[];
}
