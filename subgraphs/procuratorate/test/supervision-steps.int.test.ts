import { centreOfficer, prosecutor } from "../../../tests/support/actors";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createProcuratorateServer, type ProcuratorateServer } from "../src/server";
import { newDisputeId, OPEN, supervisionInput, UNKNOWN_ID } from "./fixtures";
import { LeadGraph } from "./lead-graph";

const PROCURATORATE_ID = "procuratorate-150202-steps";
const REVIEW = `mutation($input: StartSupervisionReviewInput!) { startSupervisionReview(input: $input) { id status reviewStartedAt reviewStartedBy { name } } }`;
const CONCLUDE = `mutation($input: ConcludeSupervisionInput!) {
  concludeSupervision(input: $input) { id status outcome outcomeSummary concludedAt concludedBy { name } } }`;

let sub: RunningSubgraph<ProcuratorateServer>;

beforeAll(async () => {
  sub = await startSubgraph("procuratorate", (options) => createProcuratorateServer({ ...options, graph: new LeadGraph() }));
});
afterAll(() => sub.stop());

async function openCase(disputeId = newDisputeId()): Promise<string> {
  const { data, errors } = await sub.request<{ openSupervisionCase: { id: string } }>(
    OPEN,
    { input: supervisionInput({ disputeId }) },
    prosecutor(PROCURATORATE_ID),
  );
  expect(errors).toBeUndefined();
  return data?.openSupervisionCase.id as string;
}

describe("reviewing and concluding a supervision case", () => {
  it("goes OPEN → UNDER_REVIEW → CONCLUDED with the outcome, each step in the event log", async () => {
    const disputeId = newDisputeId();
    const caseId = await openCase(disputeId);
    const officer = prosecutor(PROCURATORATE_ID);
    const reviewed = await sub.request<{ startSupervisionReview: Record<string, any> }>(REVIEW, { input: { caseId } }, officer);
    expect(reviewed.errors).toBeUndefined();
    expect(reviewed.data?.startSupervisionReview).toMatchObject({ status: "UNDER_REVIEW", reviewStartedBy: { name: officer.name } });

    const concluded = await sub.request<{ concludeSupervision: Record<string, any> }>(
      CONCLUDE,
      { input: { caseId, outcome: "PROCURATORIAL_SUGGESTION", summary: "  调解程序存在瑕疵，向调解委员会提出检察建议。 " } },
      officer,
    );
    expect(concluded.errors).toBeUndefined();
    expect(concluded.data?.concludeSupervision).toMatchObject({
      status: "CONCLUDED",
      outcome: "PROCURATORIAL_SUGGESTION",
      outcomeSummary: "调解程序存在瑕疵，向调解委员会提出检察建议。",
      concludedBy: { name: officer.name },
    });
    const events = await sub.server.db.eventLog.findMany({ where: { disputeId }, orderBy: { seq: "asc" } });
    expect(events.map((event) => event.type)).toEqual(["supervision.opened", "supervision.review_started", "supervision.concluded"]);
  });

  it("refuses a step after the case is concluded, naming the state and that no step remains", async () => {
    const caseId = await openCase();
    const officer = prosecutor(PROCURATORATE_ID);
    await sub.request(CONCLUDE, { input: { caseId, outcome: "NO_IRREGULARITY", summary: "未发现违法情形。" } }, officer);
    const { errors } = await sub.request(REVIEW, { input: { caseId } }, officer);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: "CONCLUDED", allowedNextSteps: [] });
    expect(errors?.[0]?.message).toMatch(/已结案/);
  });

  it("lets only one of two racing conclusions win", async () => {
    const caseId = await openCase();
    const officer = prosecutor(PROCURATORATE_ID);
    const results = await Promise.all(
      ["NO_IRREGULARITY", "PROTEST"].map((outcome) => sub.request(CONCLUDE, { input: { caseId, outcome, summary: "结案。" } }, officer)),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => result.errors?.[0]?.extensions?.code === "ILLEGAL_TRANSITION")).toHaveLength(1);
  });

  it("人民检察院民事诉讼监督规则 art 4: refuses a prosecutor of another procuratorate, a non-prosecutor, an empty summary and an unknown case", async () => {
    const caseId = await openCase();
    const other = await sub.request(REVIEW, { input: { caseId } }, prosecutor("another-procuratorate"));
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", rule: "人民检察院民事诉讼监督规则 art 4" });
    const officer = await sub.request(REVIEW, { input: { caseId } }, centreOfficer(null));
    expect(officer.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    const blank = await sub.request(CONCLUDE, { input: { caseId, outcome: "PROTEST", summary: "  " } }, prosecutor(PROCURATORATE_ID));
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.summary" });
    const unknown = await sub.request(REVIEW, { input: { caseId: UNKNOWN_ID } }, prosecutor(PROCURATORATE_ID));
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND" });
  });
});
