import { GraphQLDateTime } from "graphql-scalars";
import { Field, InputType } from "type-graphql";
import { StatisticsDimension } from "./statistics-dimension";

@InputType({ description: "统计条件 Disputes placed in a jurisdiction subtree and received in [from, to)" })
export class DisputeStatisticsInput {
  @Field((_type) => String, { description: "Division code of the jurisdiction (2, 4, 6 or 9 digits)" })
  jurisdictionCode!: string;

  @Field((_type) => GraphQLDateTime, { description: "First instant of the period (inclusive)" })
  from!: Date;

  @Field((_type) => GraphQLDateTime, { description: "End of the period (exclusive)" })
  to!: Date;

  @Field((_type) => StatisticsDimension, { defaultValue: StatisticsDimension.NONE })
  groupBy!: StatisticsDimension;

  @Field((_type) => GraphQLDateTime, { nullable: true, description: "When overdue is judged (default now)" })
  asOf?: Date | null;
}
