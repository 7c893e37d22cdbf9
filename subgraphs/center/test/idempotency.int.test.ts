import { randomUUID } from "node:crypto";
import { centreOfficer } from "../../../tests/support/actors";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createCenterServer, type CenterServer } from "../src/server";
import { seedCentre, trafficDispute } from "./fixtures";

const RECEIVE = `mutation($input: ReceiveDisputeInput!) { receiveDispute(input: $input) { id number } }`;

let center: RunningSubgraph<CenterServer>;
let centreId: string;

beforeAll(async () => {
  center = await startSubgraph("center", createCenterServer);
  centreId = (await seedCentre(center.server.db)).id;
});
afterAll(() => center.stop());

/** A payload no other test sends, so counting disputes by its facts counts only this test's. */
const uniqueDispute = (overrides: Record<string, unknown> = {}) =>
  trafficDispute({ facts: `幂等测试 ${randomUUID()}：申请人车辆被追尾。`, ...overrides });

type Received = { receiveDispute: { id: string; number: string } };

describe("idempotent receipt", () => {
  it("makes exactly one dispute from 50 concurrent identical submissions with one key", async () => {
    const input = { ...uniqueDispute(), idempotencyKey: `partner-${randomUUID()}` };
    const officer = centreOfficer(centreId);
    const results = await Promise.all(Array.from({ length: 50 }, () => center.request<Received>(RECEIVE, { input }, officer)));
    for (const result of results) expect(result.errors).toBeUndefined();
    const ids = new Set(results.map((result) => result.data?.receiveDispute.id));
    expect(ids.size).toBe(1);
    expect(new Set(results.map((result) => result.data?.receiveDispute.number)).size).toBe(1);
    expect(await center.server.db.dispute.count({ where: { facts: input.facts } })).toBe(1);
  });

  it("returns the original on a later retry and refuses the same key with a different payload", async () => {
    const key = `retry-${randomUUID()}`;
    const officer = centreOfficer(centreId);
    const input = { ...uniqueDispute(), idempotencyKey: key };
    const first = await center.request<Received>(RECEIVE, { input }, officer);
    const retry = await center.request<Received>(RECEIVE, { input }, officer);
    expect(retry.data?.receiveDispute).toEqual(first.data?.receiveDispute);

    const changed = await center.request(RECEIVE, { input: { ...input, claims: "请求赔偿9000元。" } }, officer);
    expect(changed.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.idempotencyKey" });
    // The refusal does not name what the key created.
    expect(changed.errors?.[0]?.extensions).not.toHaveProperty("resultId");
  });

  it("keeps keys apart per caller organisation, and makes separate disputes without a key", async () => {
    const key = `shared-${randomUUID()}`;
    const input = uniqueDispute();
    const otherCentre = (await seedCentre(center.server.db)).id;
    const a = await center.request<Received>(RECEIVE, { input: { ...input, idempotencyKey: key } }, centreOfficer(centreId));
    const b = await center.request<Received>(RECEIVE, { input: { ...input, idempotencyKey: key } }, centreOfficer(otherCentre));
    expect(a.data?.receiveDispute.id).not.toBe(b.data?.receiveDispute.id);
    const c = await center.request<Received>(RECEIVE, { input }, centreOfficer(centreId));
    const d = await center.request<Received>(RECEIVE, { input }, centreOfficer(centreId));
    expect(c.data?.receiveDispute.id).not.toBe(d.data?.receiveDispute.id);
  });

  it("refuses a malformed key, naming the field", async () => {
    const { errors } = await center.request(RECEIVE, { input: { ...uniqueDispute(), idempotencyKey: "short" } }, centreOfficer(centreId));
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.idempotencyKey" });
  });
});
