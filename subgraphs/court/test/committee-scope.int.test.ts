import { randomUUID } from "node:crypto";
import { actor, courtClerk, mediator } from "../../../tests/support/actors";
import { grantedDisputes } from "../../../tests/support/granted";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import type { Court } from "../generated/client";
import { backfillMediatingCommittees, type JusticeFeedEvent } from "../src/backfill/mediating-committees";
import { createCourtServer, type CourtServer } from "../src/server";
import { FILE, filing, mutate } from "./court-helpers";
import { seedApplication, seedCourt } from "./fixtures";
import { StubGraph } from "./stub-graph";

/**
 * 民事诉讼法 art 206: the committee that reached an agreement, and the justice bureau over it,
 * see the court's application and ruling on it (kit SCOPE_RULES ConfirmationApplication C and A),
 * so that a 驳回 can reopen mediation; other committees and other bureaus do not.
 */
const graph = new StubGraph();
let court: RunningSubgraph<CourtServer>;
let home: Court;

beforeAll(async () => {
  court = await startSubgraph("court", (options) => createCourtServer({ ...options, graph }));
  home = await seedCourt(court.server.db, { divisionCode: "150202" });
});
afterAll(() => court.stop());

const READ = `query($id: ID!) { confirmationApplication(id: $id) { id status } }`;
const BY_DISPUTE = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Dispute { confirmationApplications { id } } } }`;
type Nested = { _entities: { confirmationApplications: { id: string }[] }[] };

/** `Dispute.confirmationApplications` as the gateway would ask for it, with the centre's grant for the reader. */
async function underDispute(disputeId: string, reader: ReturnType<typeof mediator>) {
  const requestId = randomUUID();
  const { data } = await court.request<Nested>(BY_DISPUTE, { reps: grantedDisputes([disputeId], requestId, reader) }, reader, requestId);
  return data?._entities[0]?.confirmationApplications;
}
const justiceOfficerOf = (jurisdictionCode: string) => actor({ department: "JUSTICE", roles: ["JUSTICE_OFFICER"], jurisdictionCode });

async function filed() {
  const onGraph = graph.add({ countyCode: home.divisionCode });
  const { result, errors } = await mutate(court, FILE, filing(onGraph, home), courtClerk(home.id));
  if (!result) throw new Error(JSON.stringify(errors));
  return { onGraph, id: String(result.id) };
}

describe("the mediating committee's scope over confirmation applications (民事诉讼法 art 206)", () => {
  it("records the committee that reached the agreement, and where it sits, when the application is filed", async () => {
    const { onGraph, id } = await filed();
    const row = await court.server.db.confirmationApplication.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      mediatingCommitteeId: onGraph.facts.committee.id,
      mediatingCommitteeDivisionCode: onGraph.facts.committee.divisionCode,
    });
  });

  it("lets the committee's mediators read the application, by key and under its dispute, and refuses another committee's", async () => {
    const { onGraph, id } = await filed();
    const own = await court.request<{ confirmationApplication: { id: string } }>(READ, { id }, mediator(onGraph.facts.committee.id));
    expect(own.errors).toBeUndefined();
    expect(own.data?.confirmationApplication).toEqual({ id, status: "FILED" });
    expect(await underDispute(onGraph.facts.dispute.id, mediator(onGraph.facts.committee.id))).toEqual([{ id }]);

    const other = await court.request(READ, { id }, mediator(randomUUID()));
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "NOT_FOUND_OR_OUT_OF_SCOPE" });
    expect(await underDispute(onGraph.facts.dispute.id, mediator(randomUUID()))).toEqual([]);
  });

  it("lets the justice bureau over the committee read it, and refuses a bureau of another county", async () => {
    const { id } = await filed();
    const over = await court.request(READ, { id }, justiceOfficerOf("150202"));
    expect(over.errors).toBeUndefined();
    const elsewhere = await court.request(READ, { id }, justiceOfficerOf("150102"));
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "NOT_FOUND_OR_OUT_OF_SCOPE" });
  });

  it("gives a mediator no ground on an application filed before the committee was recorded, until the backfill fills it in", async () => {
    const committeeId = randomUUID();
    const mediationCaseId = randomUUID();
    const old = await seedApplication(court.server.db, { courtId: home.id, mediationCaseId });
    const unknown = await seedApplication(court.server.db, { courtId: home.id });
    const before = await court.request(READ, { id: old.id }, mediator(committeeId));
    expect(before.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });

    const events: JusticeFeedEvent[] = [
      { type: "committee.registered", subjectId: committeeId, payload: { committeeId, divisionCode: "150202003" } },
      { type: "mediation.session_held", subjectId: mediationCaseId, payload: { committeeId: randomUUID() } },
      { type: "mediation.accepted", subjectId: mediationCaseId.toUpperCase(), payload: { caseId: mediationCaseId, committeeId } },
    ];
    // Two pages, to follow the cursor.
    const pages = [events.slice(0, 2), events.slice(2)];
    const after: (string | null)[] = [];
    const report = await backfillMediatingCommittees(court.server.db, async (cursor) => {
      after.push(cursor);
      const index = cursor === null ? 0 : Number(cursor);
      return { events: pages[index] ?? [], nextCursor: String(index + 1), hasMore: index + 1 < pages.length };
    });
    expect(after).toEqual([null, "1"]);
    expect(report.unresolved).toContain(unknown.id);
    expect(report.unresolved).not.toContain(old.id);
    expect(report.filled).toBeGreaterThanOrEqual(1);
    expect(await court.server.db.confirmationApplication.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({
      mediatingCommitteeId: committeeId,
      mediatingCommitteeDivisionCode: "150202003",
    });
    const afterBackfill = await court.request(READ, { id: old.id }, mediator(committeeId));
    expect(afterBackfill.errors).toBeUndefined();
    expect(await court.request(READ, { id: old.id }, justiceOfficerOf("150202"))).not.toHaveProperty("errors");
  });
});
