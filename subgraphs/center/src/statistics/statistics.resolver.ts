import { authorize } from "@hub/subgraph-kit";
import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { CenterContext } from "../context";
import { disputeStatistics } from "./dispute-statistics";
import { DisputeStatisticsInput } from "./dispute-statistics.input";
import { DisputeStatistics } from "./dispute-statistics.type";

@Resolver()
export class StatisticsResolver {
  @Query((_returns) => DisputeStatistics, {
    description: "纠纷统计 Received, resolved, 化解率, resolution-time percentiles and overdue counts, aggregated in the database",
  })
  disputeStatistics(
    @Arg("input", (_type) => DisputeStatisticsInput) input: DisputeStatisticsInput,
    @Ctx() context: CenterContext,
  ): Promise<DisputeStatistics> {
    authorize(context, "disputeStatistics");
    return disputeStatistics(context, input);
  }
}
