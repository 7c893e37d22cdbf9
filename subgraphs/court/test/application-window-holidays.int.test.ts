import { courtClerk } from "../../../tests/support/actors";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import type { Court } from "../generated/client";
import { createCourtServer, type CourtServer } from "../src/server";
import { seedCourt } from "./fixtures";
import { StubGraph } from "./stub-graph";

/** A China Standard Time wall-clock time as an instant. */
const cst = (text: string) => new Date(`${text}+08:00`);

const FILE = /* GraphQL */ `
  mutation File($input: FileConfirmationApplicationInput!) {
    fileConfirmationApplication(input: $input) {
      id
      status
    }
  }
`;

const graph = new StubGraph();
let now = cst("2026-12-07T10:00");
let court: RunningSubgraph<CourtServer>;
let home: Court;

beforeAll(async () => {
  court = await startSubgraph("court", (options) => createCourtServer({ ...options, graph }), { clock: () => now });
  home = await seedCourt(court.server.db, { divisionCode: "150202" });
});
afterAll(() => court.stop());

/** Files the confirmation of an agreement that took effect at `effectiveAt`, on the court's clock. */
async function fileAgreementEffective(effectiveAt: Date) {
  const onGraph = graph.add({ countyCode: home.divisionCode });
  const agreement = onGraph.facts.agreement;
  if (!agreement) throw new Error("the stub case has no agreement");
  onGraph.facts.agreement = { ...agreement, effectiveAt: effectiveAt.toISOString() };
  const input = { mediationCaseId: onGraph.facts.id, courtId: home.id, applicantPartyIds: [onGraph.applicant, onGraph.respondent] };
  return court.request<{ fileConfirmationApplication: { status: string } }>(FILE, { input }, courtClerk(home.id));
}

describe("the 30 days to apply for confirmation on the holiday calendar (民事诉讼法 art 205, art 85; 人民调解法 art 33; 民法典 art 203)", () => {
  const friday = cst("2026-11-06T16:00");

  it("民法典 art 203: an agreement effective Friday 2026-11-06 may still be filed on Monday 2026-12-07 (the 30th day, 12-06, is a Sunday)", async () => {
    now = cst("2026-12-07T17:30");
    const { data, errors } = await fileAgreementEffective(friday);
    expect(errors).toBeUndefined();
    expect(data?.fileConfirmationApplication.status).toBe("FILED");
  });

  it("民事诉讼法 art 205: the same filing on Tuesday 2026-12-08 is DEADLINE_PASSED, the window having ended on Monday 12-07", async () => {
    now = cst("2026-12-08T09:00");
    const { data, errors } = await fileAgreementEffective(friday);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({
      code: "DEADLINE_PASSED",
      field: "input.mediationCaseId",
      deadline: cst("2026-12-07T23:59:59.999").toISOString(),
    });
    expect(String(errors?.[0]?.extensions?.rule)).toContain("民事诉讼法 art 205");
  });

  it("民法典 art 203: a window ending in a year the holiday calendar does not cover says so in the refusal", async () => {
    // Effective 2026-12-10: 30 days end on Saturday 2027-01-09, counted on weekends alone to Monday 01-11.
    now = cst("2027-01-12T09:00");
    const { errors } = await fileAgreementEffective(cst("2026-12-10T10:00"));
    expect(errors?.[0]?.extensions).toMatchObject({
      code: "DEADLINE_PASSED",
      deadline: cst("2027-01-11T23:59:59.999").toISOString(),
      calendarMissingFor: [2027],
    });
    expect(errors?.[0]?.message).toContain("节假日安排未收录2027年");
  });
});
