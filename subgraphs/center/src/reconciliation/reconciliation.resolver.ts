import { authorize } from "@hub/subgraph-kit";
import { Ctx, Query, Resolver } from "type-graphql";
import type { CenterContext } from "../context";
import { defaultFeedSources } from "../consumer/feed-source";
import { reconcile } from "./reconcile";
import { ReconciliationReport } from "./reconciliation-report.type";

@Resolver()
export class ReconciliationResolver {
  @Query((_returns) => ReconciliationReport, {
    description:
      "对账 (centre supervisors): every department's feed against the centre's inbox, and the partner deliveries; reads whole logs, so run it sparingly",
  })
  async eventReconciliation(@Ctx() context: CenterContext): Promise<ReconciliationReport> {
    authorize(context, "eventReconciliation");
    return reconcile(context.db, defaultFeedSources(context.db, context.graph), context.now);
  }
}
