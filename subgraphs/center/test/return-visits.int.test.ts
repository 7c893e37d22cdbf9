import { centreOfficer, mediator } from "../../../tests/support/actors";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createCenterServer, type CenterServer } from "../src/server";
import { seedCentre } from "./fixtures";
import { receive } from "./routing-fixtures";
import { StubGraph } from "./stub-graph";

// 石拐区 (150205) of 包头市 belongs to this file.
const SHIGUAI = "150205";
const NOW = new Date("2026-10-20T02:00:00Z");

let center: RunningSubgraph<CenterServer>;
let officer: ReturnType<typeof centreOfficer>;

const VISIT = `mutation($input: RecordReturnVisitInput!) {
  recordReturnVisit(input: $input) { id outcome satisfaction notificationMethod notificationSummary officer { name } }
}`;
const CLOSE = `mutation($input: CloseDisputeInput!) { closeDispute(input: $input) { id status closedAt closeReason } }`;
const READ = `query($id: ID!) { dispute(id: $id) { status returnVisitDueAt returnVisit { outcome satisfaction notifiedAt } closedAt closeReason } }`;

const visit = (disputeId: string, overrides: Record<string, unknown> = {}) => ({
  disputeId,
  method: "PHONE",
  outcome: "PERFORMED",
  satisfaction: "SATISFIED",
  notes: "被申请人已按协议支付维修费，申请人确认收到。",
  notificationMethod: "PHONE",
  notificationSummary: "告知申请人：协议已履行完毕，本案将结案。",
  ...overrides,
});

/** A dispute the centre has learned is resolved (as its consumer records an agreement taking effect). */
async function resolvedDispute(): Promise<string> {
  const id = await receive(center, officer, {
    placeCode: `${SHIGUAI}001`,
    receivedAt: new Date(NOW.getTime() - 20 * 86_400_000).toISOString(),
  });
  await center.server.db.dispute.update({
    where: { id },
    data: { status: "RESOLVED", resolvedAt: new Date(NOW.getTime() - 5 * 86_400_000) },
  });
  return id;
}

beforeAll(async () => {
  center = await startSubgraph("center", (options) => createCenterServer({ ...options, graph: new StubGraph() }), { clock: () => NOW });
  const centre = await seedCentre(center.server.db, SHIGUAI, "石拐区综治中心");
  officer = centreOfficer(centre.id, SHIGUAI);
});
afterAll(() => center.stop());

describe("回访/反馈 and closing a case", () => {
  it("refuses to close a resolved case with neither a return visit nor a reason", async () => {
    const id = await resolvedDispute();
    const response = await center.request(CLOSE, { input: { disputeId: id } }, officer);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", field: "input.reason" });
    expect(response.errors?.[0]?.message).toContain("回访");
    expect((await center.server.db.dispute.findUniqueOrThrow({ where: { id } })).status).toBe("RESOLVED");
  });

  it("records the visit and the applicant's notification once, then closes the case", async () => {
    const id = await resolvedDispute();
    const recorded = await center.request<{ recordReturnVisit: { outcome: string; officer: { name: string } } }>(
      VISIT,
      { input: visit(id) },
      officer,
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordReturnVisit).toMatchObject({ outcome: "PERFORMED", officer: { name: officer.name } });
    const again = await center.request(VISIT, { input: visit(id) }, officer);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.disputeId" });

    const closed = await center.request<{ closeDispute: { status: string; closedAt: string; closeReason: string | null } }>(
      CLOSE,
      { input: { disputeId: id } },
      officer,
    );
    expect(closed.data?.closeDispute).toMatchObject({ status: "CLOSED", closedAt: NOW.toISOString(), closeReason: null });
    const read = await center.request<{ dispute: { returnVisit: { notifiedAt: string }; returnVisitDueAt: string } }>(
      READ,
      { id },
      officer,
    );
    expect(read.data?.dispute.returnVisit.notifiedAt).toBe(NOW.toISOString());
    // Resolved Thursday 2026-10-15: 30 days end Saturday 11-14, so the visit is due Monday 11-16 (民法典 art 203).
    expect(read.data?.dispute.returnVisitDueAt).toBe("2026-11-16T15:59:59.999Z");
    const events = await center.server.db.eventLog.findMany({ where: { disputeId: id }, orderBy: { seq: "asc" } });
    expect(events.map((event) => event.type)).toEqual(expect.arrayContaining(["dispute.return_visited", "dispute.closed"]));
  });

  it("names the years the return-visit period runs into that the holiday calendar does not cover (民法典 art 203)", async () => {
    const readDue = async (id: string) =>
      (
        await center.request<{ dispute: { returnVisitDueAt: string; returnVisitCalendarMissingFor: number[] } }>(
          `query($id: ID!) { dispute(id: $id) { returnVisitDueAt returnVisitCalendarMissingFor } }`,
          { id },
          officer,
        )
      ).data?.dispute;
    const covered = await resolvedDispute();
    expect((await readDue(covered))?.returnVisitCalendarMissingFor).toEqual([]);
    const late = await resolvedDispute();
    // Resolved Tuesday 2026-12-15: the 30 days end on 2027-01-14, a year the calendar lacks.
    await center.server.db.dispute.update({ where: { id: late }, data: { resolvedAt: new Date("2026-12-15T02:00:00Z") } });
    expect(await readDue(late)).toEqual({ returnVisitDueAt: "2027-01-14T15:59:59.999Z", returnVisitCalendarMissingFor: [2027] });
  });

  it("records one visit when several officers record it at once; the others get a CONFLICT", async () => {
    const id = await resolvedDispute();
    const answers = await Promise.all(Array.from({ length: 6 }, () => center.request(VISIT, { input: visit(id) }, officer)));
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    expect(answers.flatMap((answer) => answer.errors ?? []).map((error) => error.extensions?.code)).toEqual(Array(5).fill("CONFLICT"));
    expect(await center.server.db.returnVisit.count({ where: { disputeId: id } })).toBe(1);
  });

  it("closes with a recorded reason when the party could not be visited", async () => {
    const id = await resolvedDispute();
    const closed = await center.request<{ closeDispute: { status: string; closeReason: string } }>(
      CLOSE,
      { input: { disputeId: id, reason: "申请人已迁居外省，多次电话联系未果" } },
      officer,
    );
    expect(closed.data?.closeDispute).toMatchObject({ status: "CLOSED", closeReason: "申请人已迁居外省，多次电话联系未果" });
  });

  it("refuses a visit before resolution, a blank notification, a future visit and another department's caller", async () => {
    const open = await receive(center, officer, { placeCode: `${SHIGUAI}002` });
    const early = await center.request(VISIT, { input: visit(open) }, officer);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", field: "input.disputeId" });
    const closeOpen = await center.request(CLOSE, { input: { disputeId: open, reason: "x" } }, officer);
    expect(closeOpen.errors?.[0]?.extensions).toMatchObject({ code: "ILLEGAL_TRANSITION" });

    const id = await resolvedDispute();
    const blank = await center.request(VISIT, { input: visit(id, { notificationSummary: "  " }) }, officer);
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.notificationSummary" });
    const future = await center.request(
      VISIT,
      { input: visit(id, { visitedAt: new Date(NOW.getTime() + 3_600_000).toISOString() }) },
      officer,
    );
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.visitedAt" });
    const outsider = await center.request(VISIT, { input: visit(id) }, mediator());
    expect(outsider.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
  });
});
