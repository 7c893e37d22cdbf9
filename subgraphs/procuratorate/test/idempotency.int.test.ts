import { randomUUID } from "node:crypto";
import { prosecutor } from "../../../tests/support/actors";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createProcuratorateServer, type ProcuratorateServer } from "../src/server";
import { newDisputeId, OPEN, supervisionInput } from "./fixtures";
import { LeadGraph } from "./lead-graph";

let sub: RunningSubgraph<ProcuratorateServer>;

beforeAll(async () => {
  sub = await startSubgraph("procuratorate", (options) => createProcuratorateServer({ ...options, graph: new LeadGraph() }));
});
afterAll(() => sub.stop());

type Opened = { openSupervisionCase: { id: string } };

describe("idempotent opening of a supervision case", () => {
  it("opens one case from 20 concurrent identical submissions with one key, and refuses the key with another payload", async () => {
    const disputeId = newDisputeId();
    const input = { ...supervisionInput({ disputeId }), idempotencyKey: `prosecution-${randomUUID()}` };
    const officer = prosecutor("procuratorate-idempotency");
    const results = await Promise.all(Array.from({ length: 20 }, () => sub.request<Opened>(OPEN, { input }, officer)));
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(new Set(results.map((result) => result.data?.openSupervisionCase.id)).size).toBe(1);
    expect(await sub.server.db.supervisionCase.count({ where: { disputeId } })).toBe(1);
    expect(await sub.server.db.eventLog.count({ where: { disputeId } })).toBe(1);

    const changed = await sub.request(OPEN, { input: { ...input, summary: "另一份不同的立案摘要。" } }, officer);
    expect(changed.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.idempotencyKey" });
  });

  it("opens a second case for a second submission without a key", async () => {
    const disputeId = newDisputeId();
    const officer = prosecutor("procuratorate-idempotency");
    await sub.request(OPEN, { input: supervisionInput({ disputeId }) }, officer);
    await sub.request(OPEN, { input: supervisionInput({ disputeId }) }, officer);
    expect(await sub.server.db.supervisionCase.count({ where: { disputeId } })).toBe(2);
  });
});
