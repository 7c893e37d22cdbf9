import { prosecutor } from "../../../tests/support/actors";
import { testDatabaseUrl } from "../../../tests/support/env";
import { raceOnRow } from "../../../tests/support/row-race";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createProcuratorateServer, type ProcuratorateServer } from "../src/server";
import { newDisputeId, OPEN, supervisionInput } from "./fixtures";
import { LeadGraph } from "./lead-graph";

const PROCURATORATE_ID = "procuratorate-150202-race";
const REVIEW = `mutation($input: StartSupervisionReviewInput!) { startSupervisionReview(input: $input) { id status } }`;
const CONCLUDE = `mutation($input: ConcludeSupervisionInput!) { concludeSupervision(input: $input) { id status } }`;

let sub: RunningSubgraph<ProcuratorateServer>;

beforeAll(async () => {
  sub = await startSubgraph("procuratorate", (options) => createProcuratorateServer({ ...options, graph: new LeadGraph() }));
});
afterAll(() => sub.stop());

async function openCase(disputeId: string): Promise<string> {
  const { data, errors } = await sub.request<{ openSupervisionCase: { id: string } }>(
    OPEN,
    { input: supervisionInput({ disputeId }) },
    prosecutor(PROCURATORATE_ID),
  );
  expect(errors).toBeUndefined();
  return data?.openSupervisionCase.id ?? "";
}

describe("two steps at once on one supervision case", () => {
  it("lets the first of a review and a conclusion decided from OPEN win; the other writes and logs nothing", async () => {
    const disputeId = newDisputeId();
    const caseId = await openCase(disputeId);
    const officer = prosecutor(PROCURATORATE_ID);
    const [review, conclusion] = await raceOnRow(testDatabaseUrl("procuratorate"), { table: "supervision_case", id: caseId }, [
      () => sub.request(REVIEW, { input: { caseId } }, officer),
      () => sub.request(CONCLUDE, { input: { caseId, outcome: "NO_IRREGULARITY", summary: "未发现违法情形。" } }, officer),
    ]);
    expect([review, conclusion].filter((result) => !result?.errors)).toHaveLength(1);
    const row = await sub.server.db.supervisionCase.findUniqueOrThrow({ where: { id: caseId } });
    const events = await sub.server.db.eventLog.findMany({ where: { disputeId }, orderBy: { seq: "asc" } });
    if (review?.errors) {
      // The conclusion won: a review of a concluded case is no step at all.
      expect(review.errors[0]?.extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: "CONCLUDED" });
      expect(row.status).toBe("CONCLUDED");
      expect(events.map((event) => event.type)).toEqual(["supervision.opened", "supervision.concluded"]);
    } else {
      // The review won: the conclusion was decided from OPEN, so it is refused as stale, not applied to UNDER_REVIEW.
      expect(conclusion?.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.caseId", currentState: "UNDER_REVIEW" });
      expect(row.status).toBe("UNDER_REVIEW");
      expect(row.concludedAt).toBeNull();
      expect(events.map((event) => event.type)).toEqual(["supervision.opened", "supervision.review_started"]);
    }
  });

  it("lets one of two conclusions decided from UNDER_REVIEW win, refusing the other as illegal, with one conclusion logged", async () => {
    const disputeId = newDisputeId();
    const caseId = await openCase(disputeId);
    const officer = prosecutor(PROCURATORATE_ID);
    expect((await sub.request(REVIEW, { input: { caseId } }, officer)).errors).toBeUndefined();
    const results = await raceOnRow(
      testDatabaseUrl("procuratorate"),
      { table: "supervision_case", id: caseId },
      ["NO_IRREGULARITY", "PROCURATORIAL_SUGGESTION"].map(
        (outcome) => () => sub.request(CONCLUDE, { input: { caseId, outcome, summary: "结案。" } }, officer),
      ),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    const loser = results.find((result) => result.errors);
    expect(loser?.errors?.[0]?.extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: "CONCLUDED" });
    expect(await sub.server.db.eventLog.count({ where: { disputeId, type: "supervision.concluded" } })).toBe(1);
  });
});
