import { randomUUID } from "node:crypto";
import { centreOfficer, centreSupervisor, mediator } from "../../../tests/support/actors";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createCenterServer, type CenterServer } from "../src/server";
import { seedCentre } from "./fixtures";
import { cst, DISPUTE_DEADLINES } from "./oversight-fixtures";
import { receive, RESPOND, ROUTE, ruleInput, UPSERT_RULE } from "./routing-fixtures";
import { StubGraph } from "./stub-graph";

// 固阳县 (150222) belongs to this file: no other test routes disputes there.
const GUYANG = "150222";
const JINSHAN = "150222102";

const graph = new StubGraph();
let now = cst("2026-09-29T10:00");
let center: RunningSubgraph<CenterServer>;
let committee: string;

beforeAll(async () => {
  center = await startSubgraph("center", (options) => createCenterServer({ ...options, graph }), { clock: () => now });
  committee = graph.addCommittee("固阳县金山镇人民调解委员会");
  const { errors } = await center.request(
    UPSERT_RULE,
    { input: ruleInput({ id: randomUUID(), jurisdictionCode: GUYANG, target: { department: "JUSTICE", organisationId: committee } }) },
    centreSupervisor(),
  );
  if (errors) throw new Error(JSON.stringify(errors));
});
afterAll(() => center.stop());

/** A dispute received and routed at `at`, on the centre's clock. */
async function routedAt(at: Date) {
  now = at;
  const centre = await seedCentre(center.server.db, GUYANG, "固阳县综治中心");
  const officer = centreOfficer(centre.id, GUYANG);
  const disputeId = await receive(center, officer, { placeCode: JINSHAN });
  const { data, errors } = await center.request<{ routeDispute: { id: string; respondDueAt: string; calendarMissingFor: number[] } }>(
    ROUTE.replace("respondDueAt", "respondDueAt calendarMissingFor"),
    { input: { disputeId } },
    officer,
  );
  if (errors || !data) throw new Error(JSON.stringify(errors));
  return { disputeId, routing: data.routeDispute };
}

const returnRouting = (routingId: string) =>
  center.request<{ respondToRouting: { status: string } }>(
    RESPOND,
    { input: { routingId, decision: "RETURN", reason: "不属本单位职责范围" } },
    mediator(committee),
  );

const deadlinesOf = async (disputeId: string) =>
  (
    await center.request<{ dispute: { deadlines: { stage: string; dueAt: string; calendarMissingFor: number[] }[] } }>(
      DISPUTE_DEADLINES.replace("closedAt centre { id }", "closedAt calendarMissingFor centre { id }"),
      { id: disputeId },
      centreSupervisor(),
    )
  ).data?.dispute.deadlines;

describe("信访工作条例 art 23: the 5 working days to object across the 2026 National Day holiday", () => {
  it("信访工作条例 art 23: a routing of Tuesday 2026-09-29 may be returned on Monday 10-12 (holiday 10-01..07 skipped, make-up Saturday 10-10 counted)", async () => {
    const { disputeId, routing } = await routedAt(cst("2026-09-29T10:00"));
    expect(routing.respondDueAt).toBe(cst("2026-10-12T23:59:59.999").toISOString());
    const deadlines = await deadlinesOf(disputeId);
    expect(deadlines?.find((d) => d.stage === "RESPOND")).toMatchObject({ dueAt: routing.respondDueAt, calendarMissingFor: [] });
    now = cst("2026-10-12T17:00");
    const { data, errors } = await returnRouting(routing.id);
    expect(errors).toBeUndefined();
    expect(data?.respondToRouting.status).toBe("RETURNED");
  });

  it("信访工作条例 art 23: the same routing returned on Tuesday 10-13 is DEADLINE_PASSED", async () => {
    const { routing } = await routedAt(cst("2026-09-29T11:00"));
    now = cst("2026-10-13T09:00");
    const { errors } = await returnRouting(routing.id);
    expect(errors?.[0]?.extensions).toMatchObject({
      code: "DEADLINE_PASSED",
      rule: "信访工作条例 art 23",
      deadline: cst("2026-10-12T23:59:59.999").toISOString(),
    });
  });
});

const routeDueOf = async (disputeId: string) =>
  (
    await center.request<{ dispute: { routeDueAt: string; routeCalendarMissingFor: number[] } }>(
      `query($id: ID!) { dispute(id: $id) { routeDueAt routeCalendarMissingFor } }`,
      { id: disputeId },
      centreSupervisor(),
    )
  ).data?.dispute;

describe("a limit in a year the holiday calendar does not cover says so (民法典 art 203)", () => {
  it("names 2027 on the limits of a dispute received on 2026-12-28, and nothing on one received in October", async () => {
    const late = await routedAt(cst("2026-12-28T10:00"));
    const lateDeadlines = await deadlinesOf(late.disputeId);
    expect(lateDeadlines?.map((d) => [d.stage, d.calendarMissingFor])).toEqual([
      ["RESPOND", [2027]],
      ["CONCLUDE", [2027]],
    ]);
    expect(late.routing.calendarMissingFor).toEqual([2027]);
    // 信访工作条例 art 22: the 15 days to route end on 2027-01-12.
    expect(await routeDueOf(late.disputeId)).toEqual({
      routeDueAt: cst("2027-01-12T23:59:59.999").toISOString(),
      routeCalendarMissingFor: [2027],
    });
    const early = await routedAt(cst("2026-10-13T10:00"));
    expect(early.routing.calendarMissingFor).toEqual([]);
    expect((await routeDueOf(early.disputeId))?.routeCalendarMissingFor).toEqual([]);
    expect((await deadlinesOf(early.disputeId))?.map((d) => d.calendarMissingFor)).toEqual([[], []]);
  });
});
