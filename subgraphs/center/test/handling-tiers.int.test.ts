import { centreOfficer, centreSupervisor, mediator } from "../../../tests/support/actors";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import type { HandlingTiers } from "../src/config/handling-tiers";
import { createCenterServer, type CenterServer } from "../src/server";
import { seedCentre } from "./fixtures";
import { cst, DISPUTE_DEADLINES, OVERDUE } from "./oversight-fixtures";
import { receive, RESPOND } from "./routing-fixtures";
import { StubGraph } from "./stub-graph";

// 达尔罕茂明安联合旗 (150223) and its townships belong to this file; 土默特右旗 (150221) has no tiers.
const DARHAN = "150223";
const MANDULA = "150223102";
const TUYOU = "150221";
const TIER_BASIS = "达茂旗综治中心矛盾纠纷分级办理规则 第8条（参照东至县：简易1日、一般7日、复杂20日）";
const TIERS: HandlingTiers = {
  [DARHAN]: {
    SIMPLE: { days: 1, basis: `${TIER_BASIS}：简易纠纷1日内办结` },
    ORDINARY: { days: 7, basis: `${TIER_BASIS}：一般纠纷7日内办结` },
    COMPLEX: { days: 20, basis: `${TIER_BASIS}：复杂纠纷20日内办结`, extension: { days: 10, basis: `${TIER_BASIS}：经批准可延长10日` } },
  },
};

const ROUTE = `mutation($input: RouteDisputeInput!) { routeDispute(input: $input) { id complexity } }`;

const graph = new StubGraph();
let now = cst("2026-11-02T09:00");
let center: RunningSubgraph<CenterServer>;
let committee: string;

beforeAll(async () => {
  center = await startSubgraph(
    "center",
    (options) => createCenterServer({ ...options, graph, env: { ...options.env, handlingTiers: TIERS } }),
    { clock: () => now },
  );
  committee = graph.addCommittee("满都拉镇人民调解委员会");
});
afterAll(() => center.stop());

/** Received, routed with `complexity` on Monday 2026-11-02 and accepted on Tuesday 11-03 by the committee. */
async function acceptedCase(divisionCode: string, placeCode: string, complexity: string | null) {
  now = cst("2026-11-02T09:00");
  const centre = await seedCentre(center.server.db, divisionCode, "测试综治中心");
  const officer = centreOfficer(centre.id, divisionCode);
  const disputeId = await receive(center, officer, { placeCode });
  const target = { department: "JUSTICE", organisationId: committee };
  const routed = await center.request<{ routeDispute: { id: string; complexity: string | null } }>(
    ROUTE,
    { input: { disputeId, target, stationingMode: "PERMANENT", tier: "STATIONED", complexity } },
    officer,
  );
  if (routed.errors || !routed.data) throw new Error(JSON.stringify(routed.errors));
  now = cst("2026-11-03T10:00");
  const accepted = await center.request(
    RESPOND,
    { input: { routingId: routed.data.routeDispute.id, decision: "ACCEPT" } },
    mediator(committee),
  );
  if (accepted.errors) throw new Error(JSON.stringify(accepted.errors));
  return { disputeId, centre, routing: routed.data.routeDispute };
}

async function handleStage(disputeId: string) {
  const { data } = await center.request<{ dispute: { deadlines: Record<string, unknown>[] } }>(
    DISPUTE_DEADLINES,
    { id: disputeId },
    centreSupervisor(),
  );
  return data?.dispute.deadlines.find((deadline) => deadline.stage === "HANDLE");
}

describe("繁简分流: the centre's local handling tiers, chosen per dispute at routing and used by 督办", () => {
  it.each([
    ["SIMPLE", "2026-11-04", "简易纠纷1日内办结", 0],
    ["COMPLEX", "2026-11-23", "复杂纠纷20日内办结", 10],
    [null, "2026-11-10", "一般纠纷7日内办结", 0],
  ])("runs a %s case against its tier of the centre's rule", async (complexity, due, basis, maxExtension) => {
    const { disputeId, routing } = await acceptedCase(DARHAN, MANDULA, complexity);
    expect(routing.complexity).toBe(complexity);
    expect(await handleStage(disputeId)).toMatchObject({
      dueAt: cst(`${due}T23:59:59.999`).toISOString(),
      basis: expect.stringContaining(basis),
      maxExtensionDays: maxExtension,
    });
  });

  it("applies a banner's tiers to its townships' centres too", async () => {
    const { disputeId } = await acceptedCase(MANDULA, MANDULA, "SIMPLE");
    expect(await handleStage(disputeId)).toMatchObject({ dueAt: cst("2026-11-04T23:59:59.999").toISOString() });
  });

  it("keeps the general 30 days where the centre has no tiers, whatever the complexity", async () => {
    const { disputeId } = await acceptedCase(TUYOU, "150221104", "SIMPLE");
    expect(await handleStage(disputeId)).toMatchObject({
      dueAt: cst("2026-12-03T23:59:59.999").toISOString(),
      basis: expect.stringContaining("人民调解工作若干规定"),
    });
  });

  it("puts a simple case on the overdue list once its one day has passed, and not before", async () => {
    const { disputeId, centre } = await acceptedCase(DARHAN, MANDULA, "SIMPLE");
    const overdue = async (asOf: string) => {
      const { data, errors } = await center.request<{ overdueList: { nodes: { stage: string; dispute: { id: string } }[] } }>(
        OVERDUE,
        { centreId: centre.id, asOf: cst(asOf).toISOString(), first: 50 },
        centreSupervisor(),
      );
      expect(errors).toBeUndefined();
      return data?.overdueList.nodes.filter((node) => node.dispute.id === disputeId).map((node) => node.stage);
    };
    now = cst("2026-11-04T20:00");
    expect(await overdue("2026-11-04T20:00")).toEqual([]);
    now = cst("2026-11-05T09:00");
    expect(await overdue("2026-11-05T09:00")).toEqual(["HANDLE"]);
  });
});
