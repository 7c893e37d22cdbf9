import type { GatewayConfig } from "@apollo/gateway";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import { createServiceMetrics, type ServiceMetrics } from "@hub/telemetry";
import { Counter, Histogram } from "prom-client";

type QueryPlanCache = NonNullable<NonNullable<GatewayConfig["queryPlannerConfig"]>["cache"]>;
type QueryPlan = NonNullable<Awaited<ReturnType<QueryPlanCache["get"]>>>;

export interface GatewayMetrics extends ServiceMetrics {
  subgraphFetchDuration: Histogram<"subgraph" | "outcome">;
  subgraphFetchErrors: Counter<"subgraph" | "reason">;
  queryPlans: Counter<"cache">;
}

export function createGatewayMetrics(): GatewayMetrics {
  const base = createServiceMetrics("gateway");
  return {
    ...base,
    subgraphFetchDuration: new Histogram({
      name: "hub_subgraph_fetch_duration_seconds",
      help: "Time of each fetch from the gateway to a subgraph, by subgraph and outcome (ok, http_error, unreachable, timeout)",
      labelNames: ["subgraph", "outcome"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [base.registry],
    }),
    subgraphFetchErrors: new Counter({
      name: "hub_subgraph_fetch_errors_total",
      help: "Fetches to a subgraph that failed, by subgraph and reason (http_error, unreachable, timeout)",
      labelNames: ["subgraph", "reason"],
      registers: [base.registry],
    }),
    queryPlans: new Counter({
      name: "hub_query_plan_cache_total",
      help: "Query plans looked up in the gateway's plan cache, by result (hit, miss)",
      labelNames: ["cache"],
      registers: [base.registry],
    }),
  };
}

/** Apollo's own plan cache (an LRU of about 30 MiB), counting its hits and misses. */
export function countingPlanCache(metrics: GatewayMetrics): QueryPlanCache {
  const cache = new InMemoryLRUCache<QueryPlan>({
    maxSize: 30 * 2 ** 20,
    sizeCalculation: (plan) => Buffer.byteLength(JSON.stringify(plan), "utf8"),
  });
  return {
    async get(key) {
      const plan = await cache.get(key);
      metrics.queryPlans.inc({ cache: plan === undefined ? "miss" : "hit" });
      return plan;
    },
    set: (key, value, options) => cache.set(key, value, options),
    delete: (key) => cache.delete(key),
    clear: () => cache.clear(),
  };
}
