import { mediator } from "../../../tests/support/actors";
import { testDatabaseUrl } from "../../../tests/support/env";
import { raceOnRow } from "../../../tests/support/row-race";
import type { RunningSubgraph } from "../../../tests/support/subgraph-harness";
import type { JusticeServer } from "../src/server";
import { seedCommittee, seedMediator, startJusticeWithStub } from "./fixtures";
import { caseSteps, FAIL } from "./mediation-helpers";
import type { StubGraph } from "./stub-graph";

const END = `mutation($input: EndMediationAtPartyRequestInput!) { endMediationAtPartyRequest(input: $input) { id status } }`;
const ROUTES = ["ARBITRATION", "ADMINISTRATIVE", "LITIGATION"];

let justice: RunningSubgraph<JusticeServer>;
let graph: StubGraph;
let committeeId: string;
let mediatorId: string;
const { call, openCase } = caseSteps(
  () => justice,
  () => graph,
);

beforeAll(async () => {
  ({ justice, graph } = await startJusticeWithStub());
  committeeId = (await seedCommittee(justice.server.db)).id;
  mediatorId = (await seedMediator(justice.server.db, committeeId)).id;
});
afterAll(() => justice.stop());

describe("two steps at once on one mediation case", () => {
  it("lets one of a failed mediation and an end at a party's request win; the other is refused by the machine and logs nothing", async () => {
    const { caseId, disputeId, respondent } = await openCase(committeeId, mediatorId);
    const as = mediator(committeeId);
    const [failed, ended] = await raceOnRow(testDatabaseUrl("justice"), { table: "mediation_case", id: caseId }, [
      () => call(FAIL, { caseId, reason: "双方分歧过大", routesExplained: ROUTES }, as),
      () => call(END, { caseId, partyId: respondent, statement: "我要求终止调解" }, as),
    ]);
    expect([failed, ended].filter((result) => !result?.errors)).toHaveLength(1);
    const row = await justice.server.db.mediationCase.findUniqueOrThrow({ where: { id: caseId } });
    const closing = await justice.server.db.eventLog.findMany({
      where: { disputeId, type: { in: ["mediation.failed", "mediation.ended_at_party_request"] } },
    });
    expect(closing).toHaveLength(1);
    const loser = failed?.errors ? failed : ended;
    expect(loser?.errors?.[0]?.extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: row.status });
    if (failed?.errors) {
      expect(row).toMatchObject({ status: "TERMINATED", terminationReason: "PARTY_REQUESTED_END", failureReason: null });
      expect(closing[0]?.type).toBe("mediation.ended_at_party_request");
    } else {
      expect(row).toMatchObject({ status: "FAILED", terminationReason: null, failureReason: "双方分歧过大" });
      expect(closing[0]?.type).toBe("mediation.failed");
    }
  });
});
