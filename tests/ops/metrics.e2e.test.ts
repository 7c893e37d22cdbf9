import { centreSupervisor } from "../support/actors";
import { startHub, type RunningHub } from "../support/hub-harness";
import { FeedLag } from "../../subgraphs/center/src/consumer/feed-lag";
import { registerConsumerGauges } from "../../subgraphs/center/src/observability/center-metrics";

let hub: RunningHub;
beforeAll(async () => {
  hub = await startHub();
});
afterAll(() => hub.stop());

async function scrape(url: string): Promise<string> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/plain");
  return response.text();
}

/** The value of one sample, e.g. `hub_graphql_requests_total{operation="X",status="200"}`; 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = text
    .split("\n")
    .find((row) => (row.startsWith(`${name}{`) || row.startsWith(`${name} `) ? wanted.every((pair) => row.includes(pair)) : false));
  return line ? Number(line.slice(line.lastIndexOf(" ") + 1)) : 0;
}

const gatewayMetrics = () => hub.gatewayUrl.replace("/graphql", "/metrics");
const centreMetrics = () => hub.subgraphs.center.url.replace("/graphql", "/metrics");
const PROBE = `query MetricsProbe { centres(divisionCode: "150202") { id } }`;

describe("Prometheus /metrics on the gateway and each subgraph", () => {
  it("names the gateway's request, subgraph fetch and plan cache series, and its counters move", async () => {
    const before = await scrape(gatewayMetrics());
    for (const name of [
      "hub_graphql_requests_total",
      "hub_graphql_request_duration_seconds",
      "hub_subgraph_fetch_duration_seconds",
      "hub_subgraph_fetch_errors_total",
      "hub_query_plan_cache_total",
      "hub_process_cpu_seconds_total",
    ]) {
      expect(before).toContain(`# TYPE ${name} `);
    }
    for (let i = 0; i < 2; i++) expect((await hub.request(PROBE, {}, centreSupervisor())).errors).toBeUndefined();
    const anonymous = await hub.request(`query MetricsRefused { disputes(first: 1) { nodes { id } } }`, {}, null);
    const refusedCode = String(anonymous.errors?.[0]?.extensions?.code);

    const after = await scrape(gatewayMetrics());
    const ok = { service: "gateway", operation: "MetricsProbe", status: "200", code: "none" };
    expect(sample(after, "hub_graphql_requests_total", ok) - sample(before, "hub_graphql_requests_total", ok)).toBe(2);
    expect(sample(after, "hub_graphql_requests_total", { operation: "MetricsRefused", code: refusedCode })).toBeGreaterThanOrEqual(1);
    expect(
      sample(after, "hub_graphql_request_duration_seconds_count", { operation: "MetricsProbe", status: "200" }),
    ).toBeGreaterThanOrEqual(2);
    const fetched = { subgraph: "center", outcome: "ok" };
    expect(
      sample(after, "hub_subgraph_fetch_duration_seconds_count", fetched) -
        sample(before, "hub_subgraph_fetch_duration_seconds_count", fetched),
    ).toBeGreaterThanOrEqual(2);
    // The second identical operation is planned from the cache.
    expect(sample(after, "hub_query_plan_cache_total", { cache: "hit" })).toBeGreaterThan(
      sample(before, "hub_query_plan_cache_total", { cache: "hit" }),
    );
    expect(sample(after, "hub_query_plan_cache_total", { cache: "miss" })).toBeGreaterThanOrEqual(1);
  });

  it("counts a subgraph that cannot be reached", async () => {
    const before = await scrape(gatewayMetrics());
    await hub.stopSubgraph("court");
    try {
      await hub.request(`query MetricsCourtDown { courts(divisionCode: "150202") { id } }`, {}, centreSupervisor());
    } finally {
      await hub.restartSubgraph("court");
    }
    const after = await scrape(gatewayMetrics());
    const unreachable = { subgraph: "court", reason: "unreachable" };
    expect(
      sample(after, "hub_subgraph_fetch_errors_total", unreachable) - sample(before, "hub_subgraph_fetch_errors_total", unreachable),
    ).toBe(1);
  });

  it("serves the centre's requests, pool, webhook and overdue gauges", async () => {
    await hub.request(PROBE, {}, centreSupervisor());
    const text = await scrape(centreMetrics());
    expect(
      sample(text, "hub_graphql_requests_total", { service: "center", operation: "MetricsProbe", code: "none" }),
    ).toBeGreaterThanOrEqual(1);
    for (const name of ["hub_db_pool_connections", "hub_db_pool_waiting", "hub_webhook_deliveries", "hub_overdue_stages"]) {
      expect(text).toContain(`# TYPE ${name} gauge`);
    }
    expect(text).toMatch(/^hub_db_pool_connections\{state="idle",service="center"\} \d+$/m);
    for (const state of ["pending", "retrying", "dead"])
      expect(text).toMatch(new RegExp(`^hub_webhook_deliveries\\{state="${state}",service="center"\\} \\d+$`, "m"));
    for (const name of ["justice", "court", "procuratorate"] as const) {
      const other = await scrape(hub.subgraphs[name].url.replace("/graphql", "/metrics"));
      expect(other).toContain(`hub_db_pool_waiting{service="${name}"}`);
    }
  });

  it("reports the consumer's lag per department feed", async () => {
    let now = new Date("2026-12-01T08:00:00Z");
    const lag = new FeedLag(() => now);
    registerConsumerGauges(hub.subgraphs.center.server.metrics, () => lag);
    const event = (occurredAt: string) => ({
      id: occurredAt,
      type: "X",
      disputeId: null,
      subjectType: "Dispute",
      subjectId: "d",
      occurredAt: new Date(occurredAt),
      actor: { id: "a", name: "a" },
      summary: "",
      payload: {},
    });
    lag.caughtUp("COURT");
    lag.read("JUSTICE", { events: [event("2026-12-01T07:58:00Z"), event("2026-12-01T07:59:00Z")], nextCursor: "c", hasMore: true });
    now = new Date("2026-12-01T08:00:30Z");
    const text = await scrape(centreMetrics());
    expect(sample(text, "hub_consumer_lag_events", { department: "JUSTICE" })).toBe(2);
    expect(sample(text, "hub_consumer_lag_seconds", { department: "JUSTICE" })).toBe(150);
    expect(sample(text, "hub_consumer_lag_seconds", { department: "COURT" })).toBe(0);
  });
});
