import { randomUUID } from "node:crypto";
import { centreOfficer, centreSupervisor, mediator } from "../../../tests/support/actors";
import { testDatabaseUrl } from "../../../tests/support/env";
import { raceOnRow } from "../../../tests/support/row-race";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createCenterServer, type CenterServer } from "../src/server";
import { seedCentre } from "./fixtures";
import { receive, RESPOND, ROUTE, ruleInput, UPSERT_RULE, WITHDRAW } from "./routing-fixtures";
import { StubGraph } from "./stub-graph";

// 昆都仑区 (150203) and its townships belong to this file: no other test routes disputes there.
const KUNDULUN = "150203";
const TOWNSHIP = "150203001";

const graph = new StubGraph();
let center: RunningSubgraph<CenterServer>;
let committee: string;

beforeAll(async () => {
  center = await startSubgraph("center", (options) => createCenterServer({ ...options, graph }));
  committee = graph.addCommittee("昆都仑区道路交通事故纠纷人民调解委员会");
  const { errors } = await center.request(
    UPSERT_RULE,
    { input: ruleInput({ id: randomUUID(), jurisdictionCode: KUNDULUN, target: { department: "JUSTICE", organisationId: committee } }) },
    centreSupervisor(),
  );
  if (errors) throw new Error(JSON.stringify(errors));
});
afterAll(() => center.stop());

describe("two steps at once on one routed dispute", () => {
  it("lets one of the centre's withdrawal and the committee's acceptance win; the other is refused and logs nothing", async () => {
    const centre = await seedCentre(center.server.db, KUNDULUN, "昆都仑区综治中心");
    const officer = centreOfficer(centre.id, KUNDULUN);
    const disputeId = await receive(center, officer, { placeCode: TOWNSHIP });
    const routed = await center.request<{ routeDispute: { id: string } }>(ROUTE, { input: { disputeId } }, officer);
    expect(routed.errors).toBeUndefined();
    const routingId = routed.data?.routeDispute.id ?? "";

    const [withdrawn, accepted] = await raceOnRow(testDatabaseUrl("center"), { table: "dispute", id: disputeId }, [
      () => center.request(WITHDRAW, { input: { routingId, reason: "选错承办单位" } }, officer),
      () => center.request(RESPOND, { input: { routingId, decision: "ACCEPT" } }, mediator(committee)),
    ]);
    expect([withdrawn, accepted].filter((result) => !result?.errors)).toHaveLength(1);
    const routing = await center.server.db.routing.findUniqueOrThrow({ where: { id: routingId } });
    const dispute = await center.server.db.dispute.findUniqueOrThrow({ where: { id: disputeId } });
    const answers = await center.server.db.eventLog.findMany({
      where: { disputeId, type: { in: ["routing.withdrawn", "routing.accepted"] } },
    });
    expect(answers).toHaveLength(1);
    if (withdrawn?.errors) {
      expect(withdrawn.errors[0]?.extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: "ACCEPTED" });
      expect({ routing: routing.status, dispute: dispute.status }).toEqual({ routing: "ACCEPTED", dispute: "IN_HANDLING" });
      expect(answers[0]?.type).toBe("routing.accepted");
    } else {
      expect(accepted?.errors?.[0]?.extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: "WITHDRAWN" });
      expect({ routing: routing.status, dispute: dispute.status }).toEqual({ routing: "WITHDRAWN", dispute: "RECEIVED" });
      expect(answers[0]?.type).toBe("routing.withdrawn");
    }
  });
});
