import { randomUUID } from "node:crypto";
import { centreOfficer } from "../../../tests/support/actors";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createCenterServer, type CenterServer } from "../src/server";
import { seedCentre } from "./fixtures";
import { receive, ROUTE } from "./routing-fixtures";
import { StubGraph } from "./stub-graph";

const graph = new StubGraph();
let center: RunningSubgraph<CenterServer>;

beforeAll(async () => {
  center = await startSubgraph("center", (options) => createCenterServer({ ...options, graph }));
});
afterAll(() => center.stop());

type Routed = { routeDispute: { id: string; status: string } };

async function receivedDispute() {
  const centre = await seedCentre(center.server.db);
  const officer = centreOfficer(centre.id);
  const disputeId = await receive(center, officer, { facts: `幂等分流测试 ${randomUUID()}` });
  return { officer, disputeId };
}

const manualRouting = (disputeId: string, committeeId: string, idempotencyKey: string) => ({
  disputeId,
  target: { department: "JUSTICE", organisationId: committeeId },
  stationingMode: "PERMANENT",
  tier: "STATIONED",
  overrideReason: "当事人要求由交通事故调解委员会调解",
  idempotencyKey,
});

describe("idempotent routing", () => {
  it("makes exactly one routing from 30 concurrent identical submissions with one key, and all return it", async () => {
    const { officer, disputeId } = await receivedDispute();
    const input = manualRouting(disputeId, graph.addCommittee(), `route-${randomUUID()}`);
    const results = await Promise.all(Array.from({ length: 30 }, () => center.request<Routed>(ROUTE, { input }, officer)));
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(new Set(results.map((result) => result.data?.routeDispute.id)).size).toBe(1);
    expect(await center.server.db.routing.count({ where: { disputeId } })).toBe(1);
    expect(await center.server.db.eventLog.count({ where: { disputeId, type: "routing.routed" } })).toBe(1);
  });

  it("answers a later retry with the original routing rather than a refusal, and refuses another payload under the key", async () => {
    const { officer, disputeId } = await receivedDispute();
    const committeeId = graph.addCommittee();
    const key = `route-${randomUUID()}`;
    const first = await center.request<Routed>(ROUTE, { input: manualRouting(disputeId, committeeId, key) }, officer);
    const retry = await center.request<Routed>(ROUTE, { input: manualRouting(disputeId, committeeId, key) }, officer);
    expect(retry.errors).toBeUndefined();
    expect(retry.data?.routeDispute.id).toBe(first.data?.routeDispute.id);

    const otherKey = await center.request(ROUTE, { input: manualRouting(disputeId, committeeId, `route-${randomUUID()}`) }, officer);
    expect(otherKey.errors?.[0]?.extensions?.code).toBe("ILLEGAL_TRANSITION");

    const changed = await center.request(ROUTE, { input: { ...manualRouting(disputeId, committeeId, key), tier: "LINKED" } }, officer);
    expect(changed.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.idempotencyKey" });
    // The refusal does not name what the key created.
    expect(changed.errors?.[0]?.extensions).not.toHaveProperty("resultId");
  });
});
