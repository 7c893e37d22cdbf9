import { startChildHub, type ChildHub } from "../support/child-hub";
import { ownDatabase } from "../support/own-database";

jest.setTimeout(240_000);

// The defaults the extrapolation is made for: CENTER_CONSUMER_POLL_MS=1000, three remote feeds.
const DEFAULT_POLL_MS = 1000;
const REMOTE_FEEDS = 3;
const IDLE_MS = 5 * 60_000;
const WINDOW_MS = 90_000;
const MIN_READS = 60;

let hub: ChildHub;
beforeAll(async () => {
  // A hub of its own: its consumer reads every feed from the start, and must not move the shared databases' cursors.
  const databaseUrls = {
    center: await ownDatabase("center"),
    justice: await ownDatabase("justice"),
    court: await ownDatabase("court"),
    procuratorate: await ownDatabase("procuratorate"),
  };
  hub = await startChildHub({
    databaseUrls,
    env: { LOG_LEVEL: "info" },
    // Polling sped up twentyfold, so that a few seconds hold many poll cycles.
    serviceEnv: { center: { CENTER_CONSUMER_POLL_MS: "50", CENTER_WEBHOOK_POLL_MS: "50", CENTER_OVERSIGHT_INTERVAL_SECONDS: "1" } },
  });
});
afterAll(() => hub?.stop());

async function feedReads(): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${hub.services.gateway.port}/metrics`)).text();
  return text
    .split("\n")
    .filter((line) => line.startsWith("hub_graphql_requests_total{") && line.includes('operation="ConsumeFeed"'))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(" ") + 1)), 0);
}

describe("a hub at rest writes next to nothing", () => {
  it("keeps the gateway's log of five idle minutes under 20 lines (measured per poll, at accelerated polling)", async () => {
    const startup = hub.services.gateway.lines.length;
    const readsBefore = await feedReads();
    // Idle until the consumer has read the feeds through the gateway enough times for a rate per read.
    const deadline = Date.now() + WINDOW_MS;
    let reads = 0;
    while (reads < MIN_READS && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      reads = (await feedReads()) - readsBefore;
    }
    const idleLines = hub.services.gateway.lines.slice(startup);

    // Enough feed reads for a rate per read; five idle minutes at the default interval hold 900.
    const readsInFiveMinutes = (IDLE_MS / DEFAULT_POLL_MS) * REMOTE_FEEDS;
    expect(reads).toBeGreaterThanOrEqual(MIN_READS);
    const linesPerRead = idleLines.length / reads;
    const projected = startup + linesPerRead * readsInFiveMinutes;
    expect({ startup, idleLines, projected: Math.round(projected) }).toEqual({ startup, idleLines: [], projected: startup });
    expect(projected).toBeLessThan(20);
  });

  it("still logs every request a person makes", async () => {
    const before = hub.services.gateway.lines.length;
    await fetch(hub.gatewayUrl, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' });
    const deadline = Date.now() + 10_000;
    while (hub.services.gateway.lines.length === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const line = JSON.parse(hub.services.gateway.lines.at(-1) ?? "{}") as Record<string, unknown>;
    expect(line).toMatchObject({ msg: "request", path: "/graphql", requestId: expect.any(String) });
  });
});
