import { courtClerk, judge } from "../../../tests/support/actors";
import { testDatabaseUrl } from "../../../tests/support/env";
import { raceOnRow } from "../../../tests/support/row-race";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { REQUIRED_MATERIALS } from "../src/applications/application-record";
import { createCourtServer, type CourtServer } from "../src/server";
import { seedCourt } from "./fixtures";
import { StubGraph } from "./stub-graph";

const FILE = `mutation($input: FileConfirmationApplicationInput!) { fileConfirmationApplication(input: $input) { id } }`;
const DECIDE = `mutation($input: DecideConfirmationAcceptanceInput!) { decideConfirmationAcceptance(input: $input) { id status } }`;
const REVIEW = `mutation($input: StartConfirmationReviewInput!) { startConfirmationReview(input: $input) { id status } }`;
const WITHDRAW = `mutation($input: WithdrawConfirmationApplicationInput!) { withdrawConfirmationApplication(input: $input) { id status } }`;

const graph = new StubGraph();
let court: RunningSubgraph<CourtServer>;

beforeAll(async () => {
  court = await startSubgraph("court", (options) => createCourtServer({ ...options, graph }));
});
afterAll(() => court.stop());

/** An application filed at a court of its own and accepted there. */
async function acceptedApplication() {
  const home = await seedCourt(court.server.db, { divisionCode: "150202" });
  const onGraph = graph.add({ countyCode: home.divisionCode });
  const clerk = courtClerk(home.id);
  const filed = await court.request<{ fileConfirmationApplication: { id: string } }>(
    FILE,
    {
      input: {
        mediationCaseId: onGraph.facts.id,
        courtId: home.id,
        applicantPartyIds: [onGraph.applicant, onGraph.respondent],
        materials: REQUIRED_MATERIALS,
      },
    },
    clerk,
  );
  const id = filed.data?.fileConfirmationApplication.id ?? "";
  expect((await court.request(DECIDE, { input: { applicationId: id, accept: true } }, clerk)).errors).toBeUndefined();
  return { home, id };
}

describe("two steps at once on one confirmation application", () => {
  it("lets the first of a review and a withdrawal decided from ACCEPTED win; the other writes and logs nothing", async () => {
    const { home, id } = await acceptedApplication();
    const [reviewed, withdrawn] = await raceOnRow(testDatabaseUrl("court"), { table: "confirmation_application", id }, [
      () => court.request(REVIEW, { input: { applicationId: id } }, judge(home.id)),
      () => court.request(WITHDRAW, { input: { applicationId: id, reason: "双方已自行履行" } }, courtClerk(home.id)),
    ]);
    expect([reviewed, withdrawn].filter((result) => !result?.errors)).toHaveLength(1);
    const row = await court.server.db.confirmationApplication.findUniqueOrThrow({ where: { id } });
    const steps = await court.server.db.eventLog.findMany({
      where: { subjectId: id, type: { in: ["confirmation.review_started", "confirmation.withdrawn"] } },
    });
    expect(steps).toHaveLength(1);
    if (reviewed?.errors) {
      // The withdrawal won: nothing is left to review.
      expect(reviewed.errors[0]?.extensions).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: "WITHDRAWN" });
      expect(row).toMatchObject({ status: "WITHDRAWN", reviewStartedAt: null });
      expect(steps[0]?.type).toBe("confirmation.withdrawn");
    } else {
      // The review won: a withdrawal is still allowed under review, but it was decided from ACCEPTED.
      expect(withdrawn?.errors?.[0]?.extensions).toMatchObject({
        code: "CONFLICT",
        field: "input.applicationId",
        currentState: "UNDER_REVIEW",
      });
      expect(row).toMatchObject({ status: "UNDER_REVIEW", withdrawnAt: null });
      expect(steps[0]?.type).toBe("confirmation.review_started");
    }
  });
});
