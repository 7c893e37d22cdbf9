import { centreOfficer, centreSupervisor, mediator } from "../../../tests/support/actors";
import { startSubgraph, statementsOn, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { runOversight } from "../src/oversight/oversight-job";
import { createCenterServer, type CenterServer } from "../src/server";
import { seedCentre } from "./fixtures";
import { cst, days, DISPUTE_DEADLINES, endOfCstDayAfter, hours, OVERDUE, REMINDERS, silentLog } from "./oversight-fixtures";
import { receive, RESPOND, ROUTE } from "./routing-fixtures";
import { StubGraph } from "./stub-graph";

// 兴安盟 (1522) belongs to this file: 乌兰浩特市 (152201) for escalation, 阿尔山市 (152202) and
// 科尔沁右翼前旗 (152221) for the overdue lists.
const LEAGUE = "1522";
const ULANHOT = "152201";
const ULANHOT_TOWN = "152201001";
const ARXAN = "152202";
const ARXAN_A = "152202001";
const ARXAN_B = "152202002";
const HORQIN_FRONT = "152221";
const HORQIN_TOWN = "152221100";

const graph = new StubGraph();
let now = cst("2026-03-02T09:00");
let center: RunningSubgraph<CenterServer>;
let county: { id: string };
let committee: string;

beforeAll(async () => {
  center = await startSubgraph("center", (options) => createCenterServer({ ...options, graph }), { clock: () => now });
  await seedCentre(center.server.db, LEAGUE, "兴安盟综治中心");
  county = await seedCentre(center.server.db, ULANHOT, "乌兰浩特市综治中心");
  committee = graph.addCommittee("和平街道人民调解委员会");
});
afterAll(() => center.stop());

const run = (at: Date, scope: string) => runOversight(center.server.services, at, silentLog, scope);
const remindersOf = (disputeId: string) =>
  center.server.db.deadlineReminder.findMany({ where: { disputeId }, include: { stageDeadline: true }, orderBy: { remindedAt: "asc" } });

describe("automatic escalation of an overdue case (督办)", () => {
  it("escalates to the county centre after the grace period, and not before; reminds once per stage and level", async () => {
    const township = await seedCentre(center.server.db, ULANHOT_TOWN, "爱国街道综治中心");
    now = cst("2026-03-02T09:00");
    const disputeId = await receive(center, centreOfficer(township.id, ULANHOT_TOWN), { placeCode: ULANHOT_TOWN, category: "NEIGHBOUR" });
    const routeDue = endOfCstDayAfter(now, 15); // 信访工作条例 art 22
    expect(routeDue).toEqual(cst("2026-03-17T23:59:59.999"));

    const read = async () =>
      (await center.request<{ dispute: any }>(DISPUTE_DEADLINES, { id: disputeId }, centreSupervisor())).data?.dispute;
    const before = await read();
    expect(before.deadlines.map((d: any) => [d.stage, d.dueAt, d.basis, d.overdue])).toEqual([
      ["ROUTE", routeDue.toISOString(), "信访工作条例 art 22", false],
      // 60 days end on 05-01, in the Labour Day holiday (05-01..05): the next working day, 05-06 (民法典 art 203).
      ["CONCLUDE", cst("2026-05-06T23:59:59.999").toISOString(), "信访工作条例 art 34", false],
    ]);

    await run(new Date(routeDue.getTime() - hours(48)), ULANHOT_TOWN);
    await run(new Date(routeDue.getTime() - hours(47)), ULANHOT_TOWN);
    expect((await remindersOf(disputeId)).map((r) => [r.level, r.stageDeadline.stage, r.centreId])).toEqual([
      ["APPROACHING", "ROUTE", township.id],
    ]);

    // Overdue, within the grace period (3 days): reminded, not moved.
    await run(new Date(routeDue.getTime() + days(1)), ULANHOT_TOWN);
    await run(new Date(routeDue.getTime() + days(3) - hours(1)), ULANHOT_TOWN);
    expect((await read()).handlingCentre.id).toBe(township.id);
    expect((await remindersOf(disputeId)).map((r) => r.level)).toEqual(["APPROACHING", "OVERDUE"]);

    // Past the grace period: escalated by the job, with the reason on the case.
    now = new Date(routeDue.getTime() + days(3) + hours(1));
    const pass = await run(now, ULANHOT_TOWN);
    expect(pass.escalated).toBeGreaterThanOrEqual(1);
    const after = await read();
    expect(after).toMatchObject({ status: "RECEIVED", handlingCentre: { id: county.id } });
    const escalation = await center.server.db.eventLog.findFirst({ where: { disputeId, type: "dispute.escalated" } });
    expect(escalation).toMatchObject({ actorId: "system:oversight" });
    expect(escalation?.payload).toMatchObject({ fromCentreId: township.id, toCentreId: county.id });
    expect((escalation?.payload as { reason: string }).reason).toContain(`overdue since ${routeDue.toISOString()}, grace 3 days`);
    // The county has its own 15 days from the escalation; the conclusion limit still runs from receipt.
    expect(after.deadlines.map((d: any) => [d.stage, d.centre.id, d.startedAt])).toEqual([
      ["ROUTE", county.id, now.toISOString()],
      ["CONCLUDE", county.id, cst("2026-03-02T09:00").toISOString()],
    ]);
    const countyReminders = await center.request<{ deadlineReminders: any[] }>(
      REMINDERS,
      { centreId: county.id, first: 100 },
      centreSupervisor(LEAGUE),
    );
    expect(countyReminders.data?.deadlineReminders.filter((r) => r.dispute.id === disputeId)).toEqual([
      expect.objectContaining({ level: "ESCALATED", stage: "ROUTE", dueAt: routeDue.toISOString(), centre: { id: county.id } }),
    ]);

    // Running again changes nothing for this dispute.
    await run(now, ULANHOT_TOWN);
    expect(await remindersOf(disputeId)).toHaveLength(3);
    expect(await center.server.db.eventLog.count({ where: { disputeId, type: "dispute.escalated" } })).toBe(1);
    const types = (await center.server.db.eventLog.findMany({ where: { disputeId }, orderBy: { seq: "asc" } })).map((e) => e.type);
    expect(types).toEqual(["dispute.received", "deadline.approaching", "deadline.overdue", "deadline.escalated", "dispute.escalated"]);
  });

  it("reports a case overdue in handling to the centre above without moving it", async () => {
    const township = await seedCentre(center.server.db, ULANHOT_TOWN, "爱国街道综治中心");
    now = cst("2026-03-02T09:00");
    const officer = centreOfficer(township.id, ULANHOT_TOWN);
    const disputeId = await receive(center, officer, { placeCode: ULANHOT_TOWN, category: "NEIGHBOUR" });
    const target = { department: "JUSTICE", organisationId: committee };
    now = cst("2026-03-03T09:00");
    const routed = await center.request<{ routeDispute: { id: string } }>(
      ROUTE,
      { input: { disputeId, target, stationingMode: "PERMANENT", tier: "STATIONED" } },
      officer,
    );
    now = cst("2026-03-04T09:00");
    await center.request(RESPOND, { input: { routingId: routed.data?.routeDispute.id, decision: "ACCEPT" } }, mediator(committee));
    const handleDue = endOfCstDayAfter(now, 30);
    await run(new Date(handleDue.getTime() + days(4)), ULANHOT_TOWN);
    const reminders = await remindersOf(disputeId);
    expect(reminders.map((r) => [r.level, r.stageDeadline.stage, r.centreId])).toEqual([
      ["OVERDUE", "HANDLE", township.id],
      ["ESCALATED", "HANDLE", county.id],
    ]);
    const dispute = await center.server.db.dispute.findUniqueOrThrow({ where: { id: disputeId } });
    expect(dispute).toMatchObject({ status: "IN_HANDLING", handlingCentreId: township.id });
  });
});

describe("overdue lists by centre and jurisdiction (超期清单)", () => {
  interface Seeded {
    id: string;
    centreId: string;
    placeCode: string;
    due: Date;
    stage: string;
  }
  const seeded: Seeded[] = [];
  let centres: Record<string, { id: string }>;
  const asOf = cst("2026-03-12T12:00");

  beforeAll(async () => {
    centres = {
      [ARXAN_A]: await seedCentre(center.server.db, ARXAN_A, "林海街道综治中心"),
      [ARXAN_B]: await seedCentre(center.server.db, ARXAN_B, "新城街道综治中心"),
      [HORQIN_TOWN]: await seedCentre(center.server.db, HORQIN_TOWN, "科右前旗镇综治中心"),
    };
    const plan: [string, number][] = [
      [ARXAN_A, 0],
      [ARXAN_A, 1],
      [ARXAN_A, 2],
      [ARXAN_A, 5],
      [ARXAN_B, 0],
      [ARXAN_B, 1],
      [ARXAN_B, 3],
      [HORQIN_TOWN, 0],
      [HORQIN_TOWN, 1],
      [HORQIN_TOWN, 4],
    ];
    for (const [place, offset] of plan) {
      const centre = centres[place] ?? { id: "" };
      now = new Date(cst("2026-02-23T10:00").getTime() + days(offset)); // a Monday, plus offset days
      const id = await receive(center, centreOfficer(centre.id, place), { placeCode: place });
      seeded.push({ id, centreId: centre.id, placeCode: place, due: endOfCstDayAfter(now, 15), stage: "ROUTE" });
    }
    // Route two of them on Monday 2 March: 5 working days to answer end on Monday 9 March.
    now = cst("2026-03-02T10:00");
    for (const item of [seeded[3], seeded[9]]) {
      if (!item) continue;
      const routed = await center.request(
        ROUTE,
        {
          input: {
            disputeId: item.id,
            target: { department: "JUSTICE", organisationId: committee },
            stationingMode: "PERMANENT",
            tier: "STATIONED",
          },
        },
        centreOfficer(item.centreId, item.placeCode),
      );
      expect(routed.errors).toBeUndefined();
      Object.assign(item, { stage: "RESPOND", due: endOfCstDayAfter(now, 7) });
    }
    now = asOf;
  });

  const expected = (keep: (item: Seeded) => boolean) =>
    seeded
      .filter((item) => keep(item) && item.due < asOf)
      .sort((a, b) => a.due.getTime() - b.due.getTime())
      .map((item) => ({ id: item.id, stage: item.stage, due: item.due.toISOString() }));

  it.each([
    ["阿尔山市", { jurisdictionCode: ARXAN }, (item: Seeded) => item.placeCode.startsWith(ARXAN)],
    ["科右前旗", { jurisdictionCode: HORQIN_FRONT }, (item: Seeded) => item.placeCode.startsWith(HORQIN_FRONT)],
    ["one township", { jurisdictionCode: ARXAN_B }, (item: Seeded) => item.placeCode === ARXAN_B],
  ])("lists and counts the overdue limits of %s, most overdue first", async (_name, scope, keep) => {
    const { data, errors } = await center.request<{ overdueList: any }>(
      OVERDUE,
      { ...scope, asOf: asOf.toISOString(), first: 100 },
      centreSupervisor(LEAGUE),
    );
    expect(errors).toBeUndefined();
    const want = expected(keep);
    expect(want.length).toBeGreaterThan(0);
    expect(data?.overdueList.totalCount).toBe(want.length);
    // Most overdue first; limits due at the same instant in either order.
    const nodes = data?.overdueList.nodes.map((n: any) => ({ id: n.dispute.id, stage: n.stage, due: n.dueAt }));
    expect(nodes.map((n: any) => n.due)).toEqual(want.map((w) => w.due));
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...nodes].sort(byId)).toEqual([...want].sort(byId));
    const byStage = Object.fromEntries(data?.overdueList.byStage.map((s: any) => [s.stage, s.count]));
    expect(byStage).toEqual(
      Object.fromEntries(["RESPOND", "ROUTE"].map((stage) => [stage, want.filter((w) => w.stage === stage).length]).filter(([, n]) => n)),
    );
    for (const node of data?.overdueList.nodes ?? [])
      expect(node.overdueSeconds).toBe(Math.floor((asOf.getTime() - Date.parse(node.dueAt)) / 1000));
  });

  it("lists a centre's own overdue limits to its officer, counting in SQL with one query per table", async () => {
    const centre = centres[ARXAN_A] ?? { id: "" };
    const officer = centreOfficer(centre.id, ARXAN_A);
    await center.request(OVERDUE, { centreId: centre.id, asOf: asOf.toISOString() }, officer);
    center.resetQueries();
    const { data } = await center.request<{ overdueList: any }>(
      OVERDUE,
      { centreId: centre.id, asOf: asOf.toISOString(), first: 2 },
      officer,
    );
    const want = expected((item) => item.centreId === centre.id);
    expect(data?.overdueList.totalCount).toBe(want.length);
    expect(data?.overdueList.nodes.map((n: any) => n.dueAt)).toEqual(want.slice(0, 2).map((w) => w.due));
    // Besides the refresh (one statement taking the centre's marks, none left), one query per table.
    expect(statementsOn(center.queries, "stage_refresh")).toBe(1);
    const reads = center.queries.filter((sql) => !sql.includes('"stage_refresh"'));
    expect(statementsOn(reads, "stage_deadline")).toBe(2); // the page and the counts
    expect(statementsOn(reads, "dispute")).toBe(1);
    expect(statementsOn(reads, "centre")).toBe(1);
  });

  it("refuses callers outside the jurisdiction, and a list without exactly one scope", async () => {
    const outside = await center.request(OVERDUE, { jurisdictionCode: ARXAN }, centreSupervisor("1501"));
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", action: "overdueList" });
    const both = await center.request(OVERDUE, { jurisdictionCode: ARXAN, centreId: centres[ARXAN_A]?.id }, centreSupervisor(LEAGUE));
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "centreId" });
    const otherCentre = await center.request(
      OVERDUE,
      { centreId: centres[ARXAN_A]?.id },
      centreOfficer(centres[ARXAN_B]?.id ?? null, ARXAN_B),
    );
    expect(otherCentre.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
