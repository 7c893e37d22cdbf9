import type { GatewayMetrics } from "./gateway-metrics";

/** `fetch`, timing each call into hub_subgraph_fetch_duration_seconds and counting failures. */
export function timedFetch(metrics: GatewayMetrics, subgraph: string): typeof fetch {
  return async (input, init) => {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const response = await fetch(input, init);
      const outcome = response.ok ? "ok" : "http_error";
      metrics.subgraphFetchDuration.observe({ subgraph, outcome }, seconds());
      if (!response.ok) metrics.subgraphFetchErrors.inc({ subgraph, reason: outcome });
      return response;
    } catch (error) {
      const reason = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError") ? "timeout" : "unreachable";
      metrics.subgraphFetchDuration.observe({ subgraph, outcome: reason }, seconds());
      metrics.subgraphFetchErrors.inc({ subgraph, reason });
      throw error;
    }
  };
}
