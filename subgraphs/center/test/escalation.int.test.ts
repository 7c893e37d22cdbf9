import { randomUUID } from "node:crypto";
import { centreOfficer, centreSupervisor, mediator } from "../../../tests/support/actors";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createCenterServer, type CenterServer } from "../src/server";
import { seedCentre } from "./fixtures";
import { DISPUTE_ROUTING, ESCALATE, QUEUE, receive, RESPOND, ROUTE, ruleInput, UPSERT_RULE } from "./routing-fixtures";
import { StubGraph } from "./stub-graph";

// 阿拉善盟 (1529) belongs to this file: 阿拉善左旗 (152921) has centres at every level above
// 巴彦浩特镇; 阿拉善右旗 (152922) has a township centre and none at the county.
const LEAGUE = "1529";
const ALXA_LEFT = "152921";
const BAYANHOT = "152921110";
const ALXA_RIGHT = "152922";
const BADAIN_JARAN = "152922103";

const graph = new StubGraph();
let center: RunningSubgraph<CenterServer>;
const centres: Record<"region" | "league" | "county", { id: string; divisionCode: string }> = {} as never;
let committee: string;

beforeAll(async () => {
  center = await startSubgraph("center", (options) => createCenterServer({ ...options, graph }));
  centres.region = await seedCentre(center.server.db, "15", "内蒙古自治区综治中心");
  centres.league = await seedCentre(center.server.db, LEAGUE, "阿拉善盟综治中心");
  centres.county = await seedCentre(center.server.db, ALXA_LEFT, "阿拉善左旗综治中心");
  committee = graph.addCommittee("巴彦浩特镇人民调解委员会");
});
afterAll(() => center.stop());

async function townshipDispute(place = BAYANHOT, overrides: Record<string, unknown> = {}) {
  const township = await seedCentre(center.server.db, place, "苏木镇综治中心");
  const officer = centreOfficer(township.id, place);
  const disputeId = await receive(center, officer, { category: "FAMILY", placeCode: place, ...overrides });
  return { township, officer, disputeId };
}

const escalate = (disputeId: string, actor: Parameters<typeof center.request>[2], reason = "涉及多个嘎查，本级调处不成") =>
  center.request<{ escalateDispute: any }>(ESCALATE, { input: { disputeId, reason } }, actor);

describe("escalating a dispute (上交)", () => {
  it("moves a received dispute from the township to the county centre, where it waits to be routed", async () => {
    const { township, officer, disputeId } = await townshipDispute();
    const { data, errors } = await escalate(disputeId, officer);
    expect(errors).toBeUndefined();
    expect(data?.escalateDispute).toMatchObject({
      status: "RECEIVED",
      receivingCentre: { id: township.id },
      handlingCentre: { id: centres.county.id, divisionCode: ALXA_LEFT },
      currentRouting: null,
    });
    const countyOfficer = centreOfficer(centres.county.id, ALXA_LEFT);
    const countyQueue = await center.request<{ routingQueue: any[] }>(QUEUE, { centreId: centres.county.id, first: 100 }, countyOfficer);
    expect(countyQueue.data?.routingQueue.map((d) => d.id)).toContain(disputeId);
    const townshipQueue = await center.request<{ routingQueue: any[] }>(QUEUE, { centreId: township.id }, officer);
    expect(townshipQueue.data?.routingQueue).toEqual([]);

    // The county now moves it on; the township no longer can.
    const byTownship = await center.request(ROUTE, { input: { disputeId } }, officer);
    expect(byTownship.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const event = await center.server.db.eventLog.findFirst({ where: { disputeId, type: "dispute.escalated" } });
    expect(event).toMatchObject({ subjectType: "Dispute", subjectId: disputeId, actorId: officer.userId });
    expect(event?.summary).toContain("涉及多个嘎查");
  });

  it("closes an unanswered routing as ESCALATED", async () => {
    const { officer, disputeId } = await townshipDispute();
    const target = { department: "JUSTICE", organisationId: committee };
    const routed = await center.request<{ routeDispute: { id: string } }>(
      ROUTE,
      { input: { disputeId, target, stationingMode: "PERMANENT", tier: "STATIONED" } },
      officer,
    );
    const routingId = routed.data?.routeDispute.id;
    const { data, errors } = await escalate(disputeId, officer);
    expect(errors).toBeUndefined();
    expect(data?.escalateDispute).toMatchObject({
      status: "RECEIVED",
      currentRouting: null,
      routings: [{ id: routingId, status: "ESCALATED" }],
    });
    const late = await center.request(RESPOND, { input: { routingId, decision: "ACCEPT" } }, mediator(committee));
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: "ESCALATED" });
    const types = (await center.server.db.eventLog.findMany({ where: { disputeId }, orderBy: { seq: "asc" } })).map((e) => [
      e.type,
      e.subjectType,
    ]);
    expect(types).toEqual([
      ["dispute.received", "Dispute"],
      ["routing.routed", "Routing"],
      ["routing.escalated", "Routing"],
      ["dispute.escalated", "Dispute"],
    ]);
  });

  it("climbs county → league → region, and refuses to go above the region", async () => {
    const { officer, disputeId } = await townshipDispute();
    await escalate(disputeId, officer);
    const toLeague = await escalate(disputeId, centreOfficer(centres.county.id, ALXA_LEFT));
    expect(toLeague.data?.escalateDispute.handlingCentre).toEqual({ id: centres.league.id, divisionCode: LEAGUE });
    const toRegion = await escalate(disputeId, centreOfficer(centres.league.id, LEAGUE));
    expect(toRegion.data?.escalateDispute.handlingCentre.divisionCode).toBe("15");
    const top = await escalate(disputeId, centreSupervisor());
    expect(top.errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", level: "REGION" });
  });

  it("refuses when no centre is registered at the level above, naming the level", async () => {
    const { officer, disputeId } = await townshipDispute(BADAIN_JARAN);
    const { errors } = await escalate(disputeId, officer);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", level: "COUNTY", divisionCode: ALXA_RIGHT });
    expect(errors?.[0]?.message).toContain("阿拉善右旗");
  });

  it("does not apply a rule below the handling centre's level once the dispute is escalated", async () => {
    const townshipRule = randomUUID();
    const leagueRule = randomUUID();
    const leagueCommittee = graph.addCommittee("阿拉善盟医疗纠纷人民调解委员会");
    for (const [id, code, organisationId] of [
      [townshipRule, BAYANHOT, committee],
      [leagueRule, LEAGUE, leagueCommittee],
    ] as const) {
      const input = ruleInput({ id, category: "MEDICAL", jurisdictionCode: code, target: { department: "JUSTICE", organisationId } });
      expect((await center.request(UPSERT_RULE, { input }, centreSupervisor())).errors).toBeUndefined();
    }
    const { officer, disputeId } = await townshipDispute(BAYANHOT, { category: "MEDICAL" });
    const read = async () => (await center.request<{ dispute: any }>(DISPUTE_ROUTING, { id: disputeId }, centreSupervisor())).data?.dispute;
    expect((await read()).suggestedRouting.id).toBe(townshipRule);
    await escalate(disputeId, officer);
    expect((await read()).suggestedRouting.id).toBe(leagueRule);
  });

  it("refuses a dispute already in handling, naming the allowed steps", async () => {
    const { officer, disputeId } = await townshipDispute();
    const target = { department: "JUSTICE", organisationId: committee };
    const routed = await center.request<{ routeDispute: { id: string } }>(
      ROUTE,
      { input: { disputeId, target, stationingMode: "PERMANENT", tier: "STATIONED" } },
      officer,
    );
    await center.request(RESPOND, { input: { routingId: routed.data?.routeDispute.id, decision: "ACCEPT" } }, mediator(committee));
    const { errors } = await escalate(disputeId, officer);
    expect(errors?.[0]?.extensions).toMatchObject({
      code: "ILLEGAL_TRANSITION",
      currentState: "IN_HANDLING",
      allowedNextSteps: ["RESOLVE", "MERGE"],
    });
  });

  it("refuses a blank reason, callers without authority over the centre and unknown disputes", async () => {
    const { officer, disputeId } = await townshipDispute();
    const blank = await escalate(disputeId, officer, "  ");
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reason" });
    const countyOfficer = await escalate(disputeId, centreOfficer(centres.county.id, ALXA_LEFT));
    expect(countyOfficer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const justice = await escalate(disputeId, mediator(committee));
    expect(justice.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const unknown = await escalate("00000000-0000-4000-8000-000000000000", officer);
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
