import { centreOfficer, centreSupervisor, mediator } from "../../../tests/support/actors";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createCenterServer, type CenterServer } from "../src/server";
import { seedCentre } from "./fixtures";
import { cst, DISPUTE_DEADLINES, EXTEND, REASSIGN, URGE } from "./oversight-fixtures";
import { receive } from "./routing-fixtures";
import { StubGraph } from "./stub-graph";

// 扎赉特旗 (152223) of 兴安盟 belongs to this file.
const COUNTY = "152223";
const TOWN_A = "152223100";
const TOWN_B = "152223101";

const graph = new StubGraph();
let now = cst("2026-04-01T09:00");
let center: RunningSubgraph<CenterServer>;
const supervisor = () => centreSupervisor(COUNTY);

beforeAll(async () => {
  center = await startSubgraph("center", (options) => createCenterServer({ ...options, graph }), { clock: () => now });
});
afterAll(() => center.stop());

async function dispute() {
  const township = await seedCentre(center.server.db, TOWN_A, "音德尔镇综治中心");
  now = cst("2026-04-01T09:00");
  const disputeId = await receive(center, centreOfficer(township.id, TOWN_A), { placeCode: TOWN_A });
  return { township, disputeId };
}
const eventsOf = async (disputeId: string) =>
  (await center.server.db.eventLog.findMany({ where: { disputeId }, orderBy: { seq: "asc" } })).map((e) => e.type);

describe("supervisor actions (督办)", () => {
  it("urges a running stage: counted on the limit and recorded on the case", async () => {
    const { disputeId } = await dispute();
    now = cst("2026-04-05T10:00");
    const input = { disputeId, stage: "ROUTE", note: "请于3日内完成分流" };
    const first = await center.request<{ urgeStage: any }>(URGE, { input }, supervisor());
    expect(first.errors).toBeUndefined();
    const second = await center.request<{ urgeStage: any }>(URGE, { input }, supervisor());
    expect(second.data?.urgeStage).toMatchObject({ stage: "ROUTE", urgeCount: 2, lastUrgedAt: now.toISOString() });
    const read = await center.request<{ dispute: any }>(DISPUTE_DEADLINES, { id: disputeId }, supervisor());
    expect(read.data?.dispute.deadlines[0]).toMatchObject({ stage: "ROUTE", urgeCount: 2 });
    const urged = await center.server.db.eventLog.findFirst({ where: { disputeId, type: "deadline.urged" } });
    expect(urged?.summary).toContain("请于3日内完成分流");
  });

  it("extends the conclusion limit within 信访工作条例 art 34 (+30 days in all) and refuses beyond it", async () => {
    const { disputeId } = await dispute();
    // 60 days from 2026-04-01 end on Sunday 05-31, so on Monday 06-01 (民法典 art 203); 20 more days
    // run from the 31st, to Saturday 06-20, so on Monday 06-22.
    const base = cst("2026-06-01T23:59:59.999");
    const ok = await center.request<{ extendDeadline: any }>(
      EXTEND,
      { input: { disputeId, stage: "CONCLUDE", days: 20, reason: "需等待工伤鉴定结论" } },
      supervisor(),
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.extendDeadline).toMatchObject({
      baseDueAt: base.toISOString(),
      dueAt: cst("2026-06-22T23:59:59.999").toISOString(),
      extendedDays: 20,
      maxExtensionDays: 30,
    });
    const over = await center.request(EXTEND, { input: { disputeId, stage: "CONCLUDE", days: 11, reason: "再延" } }, supervisor());
    expect(over.errors?.[0]?.extensions).toMatchObject({
      code: "REFUSED_BY_RULE",
      field: "input.days",
      maxExtensionDays: 30,
      extendedDays: 20,
    });
    expect(String(over.errors?.[0]?.extensions?.rule)).toContain("信访工作条例 art 34");
    expect(over.errors?.[0]?.message).toMatch(/最多延长30日.* \/ The CONCLUDE limit may be extended by 30 days/);
    const routeStage = await center.request(EXTEND, { input: { disputeId, stage: "ROUTE", days: 1, reason: "x" } }, supervisor());
    expect(routeStage.errors?.[0]?.extensions).toMatchObject({
      code: "REFUSED_BY_RULE",
      field: "input.stage",
      rule: "信访工作条例 art 22",
    });
    const noReason = await center.request(EXTEND, { input: { disputeId, stage: "CONCLUDE", days: 5, reason: " " } }, supervisor());
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reason" });
    const notRunning = await center.request(EXTEND, { input: { disputeId, stage: "HANDLE", days: 5, reason: "x" } }, supervisor());
    expect(notRunning.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.stage" });
    expect((await eventsOf(disputeId)).filter((type) => type === "deadline.extended")).toHaveLength(1);
  });

  it("reassigns to another centre in the jurisdiction, and to another organisation", async () => {
    const { township, disputeId } = await dispute();
    const other = await seedCentre(center.server.db, TOWN_B, "新林镇综治中心");
    now = cst("2026-04-03T09:00");
    const moved = await center.request<{ reassignDispute: any }>(
      REASSIGN,
      { input: { disputeId, toCentreId: other.id, reason: "纠纷发生地属新林镇" } },
      supervisor(),
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.reassignDispute).toMatchObject({ status: "RECEIVED", handlingCentre: { id: other.id } });
    expect(moved.data?.reassignDispute.deadlines[0]).toMatchObject({
      stage: "ROUTE",
      centre: { id: other.id },
      startedAt: now.toISOString(),
    });

    const committee = graph.addCommittee("扎赉特旗劳动争议人民调解委员会");
    const target = { department: "JUSTICE", organisationId: committee };
    const rerouted = await center.request<{ reassignDispute: any }>(
      REASSIGN,
      { input: { disputeId, target, stationingMode: "INVITED", tier: "EXPERT", reason: "涉及专业问题" } },
      supervisor(),
    );
    expect(rerouted.errors).toBeUndefined();
    expect(rerouted.data?.reassignDispute).toMatchObject({
      status: "ROUTED",
      currentRouting: { status: "PENDING", overrideReason: "涉及专业问题", target },
    });
    expect(rerouted.data?.reassignDispute.deadlines.map((d: any) => d.stage)).toEqual(["RESPOND", "CONCLUDE"]);
    expect(await eventsOf(disputeId)).toEqual(["dispute.received", "dispute.reassigned", "routing.routed", "dispute.rerouted"]);

    const outside = await seedCentre(center.server.db, "152201001", "爱国街道综治中心");
    const far = await center.request(REASSIGN, { input: { disputeId, toCentreId: outside.id, reason: "x" } }, supervisor());
    expect(far.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", action: "reassignDispute" });
    const neither = await center.request(REASSIGN, { input: { disputeId, reason: "x" } }, supervisor());
    expect(neither.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.toCentreId" });
    expect(township.id).not.toBe(other.id);
  });

  it("refuses every action to officers, other departments and supervisors of another jurisdiction", async () => {
    const { township, disputeId } = await dispute();
    const urge = { input: { disputeId, stage: "ROUTE", note: "请尽快分流" } };
    for (const actor of [centreOfficer(township.id, TOWN_A), mediator(), centreSupervisor("1501")]) {
      const { errors } = await center.request(URGE, urge, actor);
      expect(errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", action: "urgeStage" });
      expect(errors?.[0]?.message).toMatch(/.+ \/ .+/);
    }
    const extend = await center.request(
      EXTEND,
      { input: { disputeId, stage: "CONCLUDE", days: 5, reason: "x" } },
      centreOfficer(township.id, TOWN_A),
    );
    expect(extend.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const reassign = await center.request(
      REASSIGN,
      { input: { disputeId, toCentreId: township.id, reason: "x" } },
      centreOfficer(township.id, TOWN_A),
    );
    expect(reassign.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await eventsOf(disputeId)).toEqual(["dispute.received"]);
  });
});
