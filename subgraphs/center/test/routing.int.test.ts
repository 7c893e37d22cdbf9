import { randomUUID } from "node:crypto";
import { dueAt } from "@hub/subgraph-kit";
import { centreOfficer, centreSupervisor, mediator } from "../../../tests/support/actors";
import { startSubgraph, statementsOn, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { DEFAULT_DEADLINES } from "../src/config/deadlines";
import { createCenterServer, type CenterServer } from "../src/server";
import { seedCentre } from "./fixtures";
import { DISPUTE_ROUTING, QUEUE, receive, RESPOND, ROUTE, ROUTING_FIELDS, ruleInput, UPSERT_RULE, WITHDRAW } from "./routing-fixtures";
import { StubGraph } from "./stub-graph";

// 青山区 (150204) and its townships belong to this file: no other test routes disputes there.
const QINGSHAN = "150204";
const XIANFENG = "150204001";
const XINGFU = "150204002";
const UNKNOWN = "00000000-0000-4000-8000-000000000000";

const graph = new StubGraph();
let center: RunningSubgraph<CenterServer>;
/** The county's traffic-dispute mediation committee: where the county's rule sends traffic claims. */
let trafficCommittee: string;
let trafficRuleId: string;

beforeAll(async () => {
  center = await startSubgraph("center", (options) => createCenterServer({ ...options, graph }));
  trafficCommittee = graph.addCommittee("青山区道路交通事故纠纷人民调解委员会");
  trafficRuleId = randomUUID();
  const { errors } = await center.request(
    UPSERT_RULE,
    {
      input: ruleInput({
        id: trafficRuleId,
        jurisdictionCode: QINGSHAN,
        target: { department: "JUSTICE", organisationId: trafficCommittee },
      }),
    },
    centreSupervisor(),
  );
  if (errors) throw new Error(JSON.stringify(errors));
});
afterAll(() => center.stop());

/** A county centre of its own for one test, and an officer of it. */
async function countyDesk() {
  const centre = await seedCentre(center.server.db, QINGSHAN, "青山区综治中心");
  return { centre, officer: centreOfficer(centre.id, QINGSHAN) };
}

async function routedDispute(overrides: Record<string, unknown> = {}) {
  const desk = await countyDesk();
  const disputeId = await receive(center, desk.officer, { placeCode: XIANFENG, ...overrides });
  const { data, errors } = await center.request<{ routeDispute: any }>(ROUTE, { input: { disputeId } }, desk.officer);
  if (errors) throw new Error(JSON.stringify(errors));
  return { ...desk, disputeId, routing: data?.routeDispute };
}

async function disputeOf(id: string) {
  const { data } = await center.request<{ dispute: any }>(DISPUTE_ROUTING, { id }, centreSupervisor());
  return data?.dispute;
}

describe("routing rules (分流规则)", () => {
  it("lets a supervisor create a rule with its source, read it back, and change it; the same rule again changes nothing", async () => {
    const supervisor = centreSupervisor("1502");
    const committee = graph.addCommittee("石拐区合同纠纷人民调解委员会");
    const id = randomUUID();
    const input = ruleInput({
      id,
      category: "CONTRACT",
      jurisdictionCode: "150205",
      target: { department: "JUSTICE", organisationId: committee },
      basis: "石拐区综治中心分流规则 第3条",
    });
    const created = await center.request<{ upsertRoutingRule: any }>(UPSERT_RULE, { input }, supervisor);
    expect(created.errors).toBeUndefined();
    expect(created.data?.upsertRoutingRule).toMatchObject({
      id,
      category: "CONTRACT",
      jurisdictionCode: "150205",
      target: { department: "JUSTICE", organisationId: committee },
      stationingMode: "PERMANENT",
      tier: "STATIONED",
      basis: "石拐区综治中心分流规则 第3条",
      updatedBy: { id: supervisor.userId, name: supervisor.name },
    });

    const again = await center.request<{ upsertRoutingRule: any }>(UPSERT_RULE, { input }, supervisor);
    expect(again.data?.upsertRoutingRule.updatedAt).toBe(created.data?.upsertRoutingRule.updatedAt);

    const changed = await center.request<{ upsertRoutingRule: any }>(
      UPSERT_RULE,
      { input: { ...input, stationingMode: "ROTATION", tier: "LINKED" } },
      supervisor,
    );
    expect(changed.data?.upsertRoutingRule).toMatchObject({ stationingMode: "ROTATION", tier: "LINKED" });

    const listed = await center.request<{ routingRules: any[] }>(
      `{ routingRules(jurisdictionCode: "1502", category: CONTRACT) { id jurisdictionCode stationingMode } }`,
      {},
      supervisor,
    );
    expect(listed.data?.routingRules).toContainEqual({ id, jurisdictionCode: "150205", stationingMode: "ROTATION" });

    const events = await center.server.db.eventLog.findMany({ where: { subjectId: id }, orderBy: { seq: "asc" } });
    expect(events.map((event) => [event.type, event.subjectType])).toEqual([
      ["routing_rule.created", "RoutingRule"],
      ["routing_rule.changed", "RoutingRule"],
    ]);
    expect(events[0]?.summary).toContain("石拐区合同纠纷人民调解委员会");
  });

  it.each([
    ["a malformed jurisdiction", { jurisdictionCode: "15020" }, "input.jurisdictionCode"],
    ["a township that does not exist", { jurisdictionCode: "150204999" }, "input.jurisdictionCode"],
    ["a blank basis", { basis: "  " }, "input.basis"],
    ["an unknown committee", { target: { department: "JUSTICE", organisationId: UNKNOWN } }, "input.target.organisationId"],
    ["a malformed organisation id", { target: { department: "COURT", organisationId: "court-1" } }, "input.target.organisationId"],
    [
      "a department that handles no routed cases",
      { target: { department: "PROCURATORATE", organisationId: UNKNOWN } },
      "input.target.department",
    ],
  ])("refuses %s, naming the field", async (_case, overrides, field) => {
    const input = ruleInput({
      id: randomUUID(),
      category: "CONSUMER",
      jurisdictionCode: "150205",
      target: { department: "JUSTICE", organisationId: trafficCommittee },
      ...overrides,
    });
    const { errors } = await center.request(UPSERT_RULE, { input }, centreSupervisor());
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5].* \/ .*[A-Za-z]/);
  });

  it("refuses a second rule for the same category and jurisdiction with CONFLICT", async () => {
    const input = ruleInput({
      id: randomUUID(),
      jurisdictionCode: QINGSHAN,
      target: { department: "JUSTICE", organisationId: trafficCommittee },
    });
    const { errors } = await center.request(UPSERT_RULE, { input }, centreSupervisor());
    expect(errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.jurisdictionCode", existingRuleId: trafficRuleId });
  });

  it("lets only centre supervisors configure rules, within their own jurisdiction", async () => {
    const input = ruleInput({
      id: randomUUID(),
      category: "MEDICAL",
      jurisdictionCode: QINGSHAN,
      target: { department: "JUSTICE", organisationId: trafficCommittee },
    });
    const officer = await center.request(UPSERT_RULE, { input }, centreOfficer(null, QINGSHAN));
    expect(officer.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    const elsewhere = await center.request(UPSERT_RULE, { input }, centreSupervisor("1529"));
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", field: "input.jurisdictionCode" });
  });

  it("suggests the most specific rule for the category, never one below the handling centre's level", async () => {
    const supervisor = centreSupervisor();
    const [city, county, township] = [
      graph.addCommittee("包头市劳动争议调解委员会"),
      graph.addCommittee("青山区劳动争议调解委员会"),
      graph.addCommittee("先锋道街道人民调解委员会"),
    ];
    const ids = { city: randomUUID(), county: randomUUID(), township: randomUUID() };
    for (const [level, code, committee] of [
      ["city", "1502", city],
      ["county", QINGSHAN, county],
      ["township", XIANFENG, township],
    ] as const) {
      const input = ruleInput({
        id: ids[level],
        category: "LABOUR_WAGES",
        jurisdictionCode: code,
        target: { department: "JUSTICE", organisationId: committee },
      });
      expect((await center.request(UPSERT_RULE, { input }, supervisor)).errors).toBeUndefined();
    }
    const townshipDesk = await seedCentre(center.server.db, XIANFENG, "先锋道街道综治中心");
    const { officer: countyOfficer } = await countyDesk();
    const atTownship = await receive(center, centreOfficer(townshipDesk.id, XIANFENG), { category: "LABOUR_WAGES", placeCode: XIANFENG });
    const atCounty = await receive(center, countyOfficer, { category: "LABOUR_WAGES", placeCode: XIANFENG });
    const otherTownship = await receive(center, countyOfficer, { category: "LABOUR_WAGES", placeCode: XINGFU });
    const noRule = await receive(center, countyOfficer, { category: "NEIGHBOUR", placeCode: XINGFU });
    expect((await disputeOf(atTownship)).suggestedRouting).toEqual({ id: ids.township, jurisdictionCode: XIANFENG });
    expect((await disputeOf(atCounty)).suggestedRouting).toEqual({ id: ids.county, jurisdictionCode: QINGSHAN });
    expect((await disputeOf(otherTownship)).suggestedRouting).toEqual({ id: ids.county, jurisdictionCode: QINGSHAN });
    expect((await disputeOf(noRule)).suggestedRouting).toBeNull();
  });
});

describe("routing a dispute (分流)", () => {
  it("applies the matching rule: the county's traffic claims go to its traffic-dispute mediation committee", async () => {
    const { centre, officer } = await countyDesk();
    const disputeId = await receive(center, officer, { placeCode: XIANFENG });
    graph.calls.length = 0;
    const { data, errors } = await center.request<{ routeDispute: any }>(ROUTE, { input: { disputeId } }, officer);
    expect(errors).toBeUndefined();
    const routing = data?.routeDispute;
    expect(routing).toMatchObject({
      status: "PENDING",
      target: { department: "JUSTICE", organisationId: trafficCommittee },
      stationingMode: "PERMANENT",
      tier: "STATIONED",
      ruleId: trafficRuleId,
      overrideReason: null,
      routedBy: { id: officer.userId, name: officer.name },
      respondedAt: null,
      respondedBy: null,
    });
    expect(routing.respondDueAt).toBe(dueAt(new Date(routing.routedAt), DEFAULT_DEADLINES.respondToRouting).toISOString());
    // The committee was checked through the graph, as the acting officer.
    expect(graph.calls).toEqual([expect.objectContaining({ variables: { id: trafficCommittee }, actorId: officer.userId })]);

    const dispute = await disputeOf(disputeId);
    expect(dispute).toMatchObject({
      status: "ROUTED",
      handlingCentre: { id: centre.id },
      currentRouting: { id: routing.id, status: "PENDING" },
    });
    expect(dispute.routeDueAt).toBe(dueAt(new Date(dispute.receivedAt), DEFAULT_DEADLINES.routeDispute).toISOString());

    const events = await center.server.db.eventLog.findMany({ where: { disputeId }, orderBy: { seq: "asc" } });
    expect(events.map((event) => [event.type, event.subjectType, event.subjectId])).toEqual([
      ["dispute.received", "Dispute", disputeId],
      ["routing.routed", "Routing", routing.id],
    ]);
    expect(events[1]?.summary).toContain("青山区道路交通事故纠纷人民调解委员会");
  });

  it("refuses to route without a target when no rule matches, naming input.target", async () => {
    const { officer } = await countyDesk();
    const disputeId = await receive(center, officer, { category: "NEIGHBOUR", placeCode: XINGFU });
    const { errors } = await center.request(ROUTE, { input: { disputeId } }, officer);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.target" });
  });

  it("refuses a manual override without a reason, and records one with it", async () => {
    const { officer } = await countyDesk();
    const disputeId = await receive(center, officer, { placeCode: XIANFENG });
    const court = graph.addCourt("包头市青山区人民法院");
    const target = { department: "COURT", organisationId: court };
    const refused = await center.request(ROUTE, { input: { disputeId, target, stationingMode: "INVITED", tier: "EXPERT" } }, officer);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.overrideReason",
      rule: "manual override needs a reason",
      ruleId: trafficRuleId,
    });
    const overrideReason = "涉案金额大且一方为外地车辆，移交法院诉前调解";
    const { data, errors } = await center.request<{ routeDispute: any }>(
      ROUTE,
      { input: { disputeId, target, stationingMode: "INVITED", tier: "EXPERT", overrideReason } },
      officer,
    );
    expect(errors).toBeUndefined();
    expect(data?.routeDispute).toMatchObject({ target, stationingMode: "INVITED", tier: "EXPERT", ruleId: trafficRuleId, overrideReason });
  });

  it("routes by hand where no rule matches, once the stationing mode and tier are stated", async () => {
    const { officer } = await countyDesk();
    const disputeId = await receive(center, officer, { category: "NEIGHBOUR", placeCode: XINGFU });
    const committee = graph.addCommittee("幸福路街道人民调解委员会");
    const target = { department: "JUSTICE", organisationId: committee };
    const noMode = await center.request(ROUTE, { input: { disputeId, target, tier: "STATIONED" } }, officer);
    expect(noMode.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.stationingMode" });
    const noTier = await center.request(ROUTE, { input: { disputeId, target, stationingMode: "ON_CALL" } }, officer);
    expect(noTier.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.tier" });
    const { data, errors } = await center.request<{ routeDispute: any }>(
      ROUTE,
      { input: { disputeId, target, stationingMode: "ON_CALL", tier: "LINKED" } },
      officer,
    );
    expect(errors).toBeUndefined();
    expect(data?.routeDispute).toMatchObject({ target, stationingMode: "ON_CALL", tier: "LINKED", ruleId: null, overrideReason: null });
  });

  it("routes to a township centre checked in the centre's own register, never to itself", async () => {
    const { centre, officer } = await countyDesk();
    const township = await seedCentre(center.server.db, XINGFU, "幸福路街道综治中心");
    const disputeId = await receive(center, officer, { category: "NEIGHBOUR", placeCode: XINGFU });
    const input = (organisationId: string) => ({
      disputeId,
      target: { department: "CENTER", organisationId },
      stationingMode: "PERMANENT",
      tier: "STATIONED",
    });
    const unknown = await center.request(ROUTE, { input: input(UNKNOWN) }, officer);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.target.organisationId" });
    const itself = await center.request(ROUTE, { input: input(centre.id) }, officer);
    expect(itself.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.target.organisationId" });
    const routed = await center.request<{ routeDispute: any }>(ROUTE, { input: input(township.id) }, officer);
    expect(routed.data?.routeDispute.target).toEqual({ department: "CENTER", organisationId: township.id });
  });

  it("refuses an organisation its department does not know, and says so when the graph cannot be reached", async () => {
    const { officer } = await countyDesk();
    const disputeId = await receive(center, officer, { category: "NEIGHBOUR", placeCode: XINGFU });
    const input = { disputeId, target: { department: "JUSTICE", organisationId: UNKNOWN }, stationingMode: "PERMANENT", tier: "STATIONED" };
    const unknown = await center.request(ROUTE, { input }, officer);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.target.organisationId" });
    graph.down = true;
    try {
      const down = await center.request(
        ROUTE,
        { input: { ...input, target: { department: "JUSTICE", organisationId: trafficCommittee } } },
        officer,
      );
      expect(down.errors?.[0]?.extensions?.code).toBe("UPSTREAM_UNAVAILABLE");
    } finally {
      graph.down = false;
    }
    expect((await disputeOf(disputeId)).status).toBe("RECEIVED");
  });

  it("refuses to route a routed dispute again, naming the allowed steps", async () => {
    const { disputeId, officer } = await routedDispute();
    const { errors } = await center.request(ROUTE, { input: { disputeId } }, officer);
    expect(errors?.[0]?.extensions).toMatchObject({
      code: "ILLEGAL_TRANSITION",
      currentState: "ROUTED",
      allowedNextSteps: ["ACCEPT_ROUTING", "RETURN_ROUTING", "WITHDRAW_ROUTING", "ESCALATE", "MERGE"],
    });
  });

  it("lets exactly one of several concurrent routings win", async () => {
    const { officer } = await countyDesk();
    const disputeId = await receive(center, officer, { placeCode: XIANFENG });
    const results = await Promise.all(Array.from({ length: 6 }, () => center.request(ROUTE, { input: { disputeId } }, officer)));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    for (const result of results.filter((r) => r.errors)) {
      expect(["ILLEGAL_TRANSITION", "CONFLICT"]).toContain(result.errors?.[0]?.extensions?.code);
    }
    expect(await center.server.db.routing.count({ where: { disputeId } })).toBe(1);
  });

  it("refuses officers of other centres and other departments, unknown and malformed disputes", async () => {
    const { officer } = await countyDesk();
    const disputeId = await receive(center, officer, { placeCode: XIANFENG });
    const other = await countyDesk();
    const stranger = await center.request(ROUTE, { input: { disputeId } }, other.officer);
    expect(stranger.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    // The refusal does not name the handling centre of a dispute the stranger may not see.
    expect(stranger.errors?.[0]?.extensions).not.toHaveProperty("centreId");
    const wrongRole = await center.request(ROUTE, { input: { disputeId } }, mediator(trafficCommittee));
    expect(wrongRole.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    const outside = await center.request(ROUTE, { input: { disputeId } }, centreSupervisor("1529"));
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    const overseer = await center.request(ROUTE, { input: { disputeId } }, centreSupervisor("1502"));
    expect(overseer.errors).toBeUndefined();
    const unknown = await center.request(ROUTE, { input: { disputeId: UNKNOWN } }, officer);
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const malformed = await center.request(ROUTE, { input: { disputeId: "42" } }, officer);
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.disputeId" });
  });
});

describe("the receiving organisation's answer (接收/退回)", () => {
  it("accepts: the routing is ACCEPTED, the dispute IN_HANDLING; accepting again changes nothing", async () => {
    const { disputeId, routing } = await routedDispute();
    const officer = mediator(trafficCommittee);
    const { data, errors } = await center.request<{ respondToRouting: any }>(
      RESPOND,
      { input: { routingId: routing.id, decision: "ACCEPT" } },
      officer,
    );
    expect(errors).toBeUndefined();
    expect(data?.respondToRouting).toMatchObject({
      id: routing.id,
      status: "ACCEPTED",
      respondedBy: { id: officer.userId, name: officer.name },
    });
    const again = await center.request<{ respondToRouting: any }>(
      RESPOND,
      { input: { routingId: routing.id, decision: "ACCEPT" } },
      officer,
    );
    expect(again.data?.respondToRouting).toEqual(data?.respondToRouting);
    expect(await disputeOf(disputeId)).toMatchObject({ status: "IN_HANDLING", currentRouting: { id: routing.id, status: "ACCEPTED" } });
    const events = await center.server.db.eventLog.findMany({ where: { disputeId, type: "routing.accepted" } });
    expect(events).toHaveLength(1);
  });

  it("answers concurrent accepts by the organisation alike, recording one acceptance", async () => {
    const { disputeId, routing } = await routedDispute();
    const officer = mediator(trafficCommittee);
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        center.request<{ respondToRouting: any }>(RESPOND, { input: { routingId: routing.id, decision: "ACCEPT" } }, officer),
      ),
    );
    expect(results.map((result) => result.errors)).toEqual([undefined, undefined, undefined, undefined]);
    expect(new Set(results.map((result) => result.data?.respondToRouting.status))).toEqual(new Set(["ACCEPTED"]));
    expect(await center.server.db.eventLog.count({ where: { disputeId, type: "routing.accepted" } })).toBe(1);
  });

  it("returns with a reason: the dispute is back in the centre's queue and can be routed again", async () => {
    const { centre, officer, disputeId, routing } = await routedDispute();
    const committee = mediator(trafficCommittee);
    const noReason = await center.request(RESPOND, { input: { routingId: routing.id, decision: "RETURN", reason: " " } }, committee);
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reason" });
    expect(String(noReason.errors?.[0]?.extensions?.rule)).toContain("信访工作条例 art 23");

    const reason = "双方均非本辖区居民，事故发生地不在青山区";
    const { data, errors } = await center.request<{ respondToRouting: any }>(
      RESPOND,
      { input: { routingId: routing.id, decision: "RETURN", reason } },
      committee,
    );
    expect(errors).toBeUndefined();
    expect(data?.respondToRouting).toMatchObject({ status: "RETURNED", returnReason: reason, respondedBy: { id: committee.userId } });
    expect(await disputeOf(disputeId)).toMatchObject({
      status: "RECEIVED",
      currentRouting: null,
      routings: [{ id: routing.id, status: "RETURNED" }],
    });

    const queue = await center.request<{ routingQueue: any[] }>(QUEUE, { centreId: centre.id }, officer);
    expect(queue.data?.routingQueue.map((d) => d.id)).toEqual([disputeId]);

    const rerouted = await center.request<{ routeDispute: any }>(ROUTE, { input: { disputeId } }, officer);
    expect(rerouted.errors).toBeUndefined();
    expect((await disputeOf(disputeId)).routings.map((r: any) => r.status)).toEqual(["RETURNED", "PENDING"]);
    const types = (await center.server.db.eventLog.findMany({ where: { disputeId }, orderBy: { seq: "asc" } })).map((event) => event.type);
    expect(types).toEqual(["dispute.received", "routing.routed", "routing.returned", "routing.routed"]);
  });

  it("refuses a return after the 5 working days to object (信访工作条例 art 23) with DEADLINE_PASSED", async () => {
    const { routing } = await routedDispute();
    const lapsed = new Date(Date.now() - 60_000);
    await center.server.db.routing.update({ where: { id: routing.id }, data: { respondDueAt: lapsed } });
    const { errors } = await center.request(
      RESPOND,
      { input: { routingId: routing.id, decision: "RETURN", reason: "不属本单位职责" } },
      mediator(trafficCommittee),
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: "DEADLINE_PASSED", rule: "信访工作条例 art 23", deadline: lapsed.toISOString() });
    const late = await center.request(RESPOND, { input: { routingId: routing.id, decision: "ACCEPT" } }, mediator(trafficCommittee));
    expect(late.errors).toBeUndefined();
  });

  it("refuses anyone but the organisation routed to (信访工作条例 art 23)", async () => {
    const { officer, routing } = await routedDispute();
    for (const actor of [mediator(graph.addCommittee()), officer, mediator(null)]) {
      const { errors } = await center.request(RESPOND, { input: { routingId: routing.id, decision: "ACCEPT" } }, actor);
      expect(errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", rule: expect.stringContaining("信访工作条例 art 23") });
    }
  });

  it("refuses to return an accepted routing, naming the allowed steps, and answers unknown routings with NOT_FOUND", async () => {
    const { routing } = await routedDispute();
    const committee = mediator(trafficCommittee);
    await center.request(RESPOND, { input: { routingId: routing.id, decision: "ACCEPT" } }, committee);
    const { errors } = await center.request(
      RESPOND,
      { input: { routingId: routing.id, decision: "RETURN", reason: "改变主意" } },
      committee,
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: "ACCEPTED", allowedNextSteps: [] });
    const unknown = await center.request(RESPOND, { input: { routingId: UNKNOWN, decision: "ACCEPT" } }, committee);
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const malformed = await center.request(RESPOND, { input: { routingId: "x", decision: "ACCEPT" } }, committee);
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.routingId" });
  });

  it("lists an organisation's pending routings, oldest first, to its own officers", async () => {
    const committee = graph.addCommittee("青山区邻里纠纷人民调解委员会");
    const { officer } = await countyDesk();
    const target = { department: "JUSTICE", organisationId: committee };
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const disputeId = await receive(center, officer, { category: "NEIGHBOUR", placeCode: XINGFU });
      const { data } = await center.request<{ routeDispute: { id: string } }>(
        ROUTE,
        { input: { disputeId, target, stationingMode: "ROTATION", tier: "STATIONED" } },
        officer,
      );
      ids.push(data?.routeDispute.id as string);
    }
    const INBOX = `query($org: ID!) { routingsTo(organisationId: $org) { id status dispute { id } } }`;
    const inbox = await center.request<{ routingsTo: any[] }>(INBOX, { org: committee }, mediator(committee));
    expect(inbox.data?.routingsTo.map((r) => r.id)).toEqual(ids);
    const stranger = await center.request(INBOX, { org: committee }, mediator(trafficCommittee));
    expect(stranger.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("withdrawing a routing (撤回)", () => {
  it("takes back an unanswered routing with a reason; the dispute waits to be routed again", async () => {
    const { officer, disputeId, routing } = await routedDispute();
    const blank = await center.request(WITHDRAW, { input: { routingId: routing.id, reason: "" } }, officer);
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reason" });
    const { data, errors } = await center.request<{ withdrawRouting: any }>(
      WITHDRAW,
      { input: { routingId: routing.id, reason: "选错承办单位" } },
      officer,
    );
    expect(errors).toBeUndefined();
    expect(data?.withdrawRouting.status).toBe("WITHDRAWN");
    expect(await disputeOf(disputeId)).toMatchObject({ status: "RECEIVED", currentRouting: null });
    const again = await center.request(WITHDRAW, { input: { routingId: routing.id, reason: "再撤一次" } }, officer);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: "WITHDRAWN" });
    const accept = await center.request(RESPOND, { input: { routingId: routing.id, decision: "ACCEPT" } }, mediator(trafficCommittee));
    expect(accept.errors?.[0]?.extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: "WITHDRAWN" });
  });
});

describe("the centre's queue (待分流)", () => {
  it("lists the centre's disputes awaiting routing, oldest received first, without routed ones", async () => {
    const { centre, officer } = await countyDesk();
    const at = (day: number) => new Date(Date.UTC(2026, 10, day, 2)).toISOString();
    const newer = await receive(center, officer, { placeCode: XIANFENG, receivedAt: at(20) });
    const older = await receive(center, officer, { placeCode: XIANFENG, receivedAt: at(10) });
    const routed = await receive(center, officer, { placeCode: XIANFENG, receivedAt: at(5) });
    await center.request(ROUTE, { input: { disputeId: routed } }, officer);
    const { data, errors } = await center.request<{ routingQueue: any[] }>(QUEUE, { centreId: centre.id }, officer);
    expect(errors).toBeUndefined();
    expect(data?.routingQueue.map((d) => d.id)).toEqual([older, newer]);
    const one = await center.request<{ routingQueue: any[] }>(QUEUE, { centreId: centre.id, first: 1 }, officer);
    expect(one.data?.routingQueue.map((d) => d.id)).toEqual([older]);
  });

  it("refuses another centre's officer, an unknown centre and a page size out of range", async () => {
    const { centre, officer } = await countyDesk();
    const other = await countyDesk();
    const stranger = await center.request(QUEUE, { centreId: centre.id }, other.officer);
    expect(stranger.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const unknown = await center.request(QUEUE, { centreId: UNKNOWN }, officer);
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const tooMany = await center.request(QUEUE, { centreId: centre.id, first: 1000 }, officer);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });
});

describe("_entities and batching", () => {
  it("resolves Routing references through one query, null for unknown or malformed keys", async () => {
    const { routing } = await routedDispute();
    center.resetQueries();
    const { data, errors } = await center.request<{ _entities: any[] }>(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Routing { ${ROUTING_FIELDS} dispute { id status } } } }`,
      {
        representations: [
          { __typename: "Routing", id: routing.id },
          { __typename: "Routing", id: UNKNOWN },
          { __typename: "Routing", id: "not-a-uuid" },
        ],
      },
      centreSupervisor(),
    );
    // Unknown and malformed keys resolve to null with FORBIDDEN, as out-of-scope ones do.
    expect(errors?.map((error) => [error.path?.[1], error.extensions?.code])).toEqual([
      [1, "FORBIDDEN"],
      [2, "FORBIDDEN"],
    ]);
    expect(data?._entities[0]).toMatchObject({ ...routing, dispute: { status: "ROUTED" } });
    expect(data?._entities[1]).toBeNull();
    expect(data?._entities[2]).toBeNull();
    expect(statementsOn(center.queries, "routing")).toBe(1);
  });

  it("reads N disputes' routings, current routing and suggested rule with one query on each table", async () => {
    const disputes = await Promise.all(Array.from({ length: 5 }, () => routedDispute()));
    center.resetQueries();
    const { data, errors } = await center.request<{ _entities: any[] }>(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Dispute {
        id currentRouting { id target { organisationId } } routings { id status } suggestedRouting { id } handlingCentre { id } routeDueAt } } }`,
      { representations: disputes.map(({ disputeId }) => ({ __typename: "Dispute", id: disputeId })) },
      centreSupervisor(),
    );
    expect(errors).toBeUndefined();
    expect(data?._entities.map((d) => d.currentRouting.id)).toEqual(disputes.map(({ routing }) => routing.id));
    expect(data?._entities.every((d) => d.suggestedRouting.id === trafficRuleId)).toBe(true);
    expect(statementsOn(center.queries, "routing")).toBe(1);
    expect(statementsOn(center.queries, "routing_rule")).toBe(1);
    expect(statementsOn(center.queries, "centre")).toBe(1);
  });
});
