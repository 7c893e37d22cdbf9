import { grantedDisputes } from "../../../tests/support/granted";
import { randomUUID } from "node:crypto";
import { dueAt, GraphRequestError } from "@hub/subgraph-kit";
import { DEFAULT_DEADLINES } from "../src/config/deadlines";
import { centreOfficer, courtClerk, judge } from "../../../tests/support/actors";
import { startSubgraph, statementsOn, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import type { Court } from "../generated/client";
import { createCourtServer, type CourtServer } from "../src/server";
import { seedApplication, seedCourt, testCity } from "./fixtures";
import { StubGraph, type MediationCaseOnGraph } from "./stub-graph";

const FILE = /* GraphQL */ `
  mutation File($input: FileConfirmationApplicationInput!) {
    fileConfirmationApplication(input: $input) {
      id
      status
      filedAt
      applicantPartyIds
      agreementId
      caseNumber
      acceptanceDueAt
      conclusionDueAt
      targetConclusionAt
      dispute {
        id
      }
      mediationCase {
        id
      }
      court {
        id
        name
        caseCode
      }
      filedBy {
        id
        name
      }
    }
  }
`;

const DAY = 24 * 60 * 60 * 1000;
const graph = new StubGraph();
let court: RunningSubgraph<CourtServer>;
let home: Court;

beforeAll(async () => {
  court = await startSubgraph("court", (options) => createCourtServer({ ...options, graph }));
  home = await seedCourt(court.server.db, { divisionCode: "150202" });
});
afterAll(() => court.stop());

/** A mediation case on the stub graph the home court has jurisdiction over, and the input filing it there. */
function caseAndFiling(overrides: Parameters<StubGraph["add"]>[0] = {}) {
  const onGraph = graph.add({ countyCode: home.divisionCode, ...overrides });
  return { onGraph, input: filingFor(onGraph) };
}

function filingFor(onGraph: MediationCaseOnGraph, overrides: Record<string, unknown> = {}) {
  return { mediationCaseId: onGraph.facts.id, courtId: home.id, applicantPartyIds: [onGraph.applicant, onGraph.respondent], ...overrides };
}

const file = (input: Record<string, unknown>, as = courtClerk(home.id)) =>
  court.request<{ fileConfirmationApplication: Record<string, any> }>(FILE, { input }, as);

describe("filing a judicial-confirmation application (申请司法确认)", () => {
  it("records it as FILED, deriving the dispute and agreement from the mediation case read through the graph", async () => {
    const clerk = courtClerk(home.id);
    const { onGraph, input } = caseAndFiling();
    const { data, errors } = await file(input, clerk);
    expect(errors).toBeUndefined();
    const application = data?.fileConfirmationApplication;
    expect(application).toMatchObject({
      status: "FILED",
      applicantPartyIds: [onGraph.applicant, onGraph.respondent],
      agreementId: onGraph.facts.agreement?.id,
      caseNumber: null,
      dispute: { id: onGraph.facts.dispute.id },
      mediationCase: { id: onGraph.facts.id },
      court: { id: home.id },
      filedBy: { id: clerk.userId, name: clerk.name },
    });
    const filedAt = new Date(application?.filedAt).getTime();
    expect(Math.abs(filedAt - Date.now())).toBeLessThan(60_000);
    // Acceptance is due at the end of the 3rd day after filing (China Standard Time, or the next
    // working day when that is a rest day, 民法典 art 203); until accepted, the 30 / 15 days
    // (民事诉讼法 art 187, run from acceptance) are shown from that last day.
    const acceptanceDue = dueAt(new Date(filedAt), DEFAULT_DEADLINES.acceptanceDecision);
    expect(application?.acceptanceDueAt).toBe(acceptanceDue.toISOString());
    expect(application?.conclusionDueAt).toBe(dueAt(acceptanceDue, DEFAULT_DEADLINES.conclusion).toISOString());
    expect(application?.targetConclusionAt).toBe(dueAt(acceptanceDue, DEFAULT_DEADLINES.targetConclusion).toISOString());
    const days = (field: string) => (new Date(application?.[field]).getTime() - filedAt) / DAY;
    expect(days("acceptanceDueAt")).toBeGreaterThan(3);
    expect(days("conclusionDueAt")).toBeGreaterThan(33);
    expect(days("targetConclusionAt")).toBeGreaterThan(18);

    const call = graph.calls.find((c) => c.variables.id === onGraph.facts.id);
    expect(call?.actor.userId).toBe(clerk.userId);
    expect(call?.document).toMatch(/invitingCourtId[\s\S]*committee[\s\S]*divisionCode[\s\S]*agreement[\s\S]*effectiveAt[\s\S]*partyIds/);

    const read = await court.request<{ confirmationApplication: Record<string, any> }>(
      `query($id: ID!) { confirmationApplication(id: $id) { id status dispute { id } court { id } } }`,
      { id: application?.id },
      judge(),
    );
    expect(read.data?.confirmationApplication).toEqual({
      id: application?.id,
      status: "FILED",
      dispute: { id: onGraph.facts.dispute.id },
      court: { id: home.id },
    });
  });

  it("takes keys and the application's own record: no field for names, ID numbers or other party data", async () => {
    const { data } = await court.request<{
      __type: { inputFields: { name: string; type: { kind: string; ofType: { kind: string; name: string | null; ofType: any } } }[] };
    }>(
      `{ __type(name: "FileConfirmationApplicationInput") { inputFields { name type { kind ofType { kind name ofType { kind ofType { name } } } } } } }`,
      {},
      courtClerk(),
    );
    const fields = data?.__type.inputFields ?? [];
    expect(fields.map((field) => field.name).sort()).toEqual([
      "applicantPartyIds",
      "appliedAt",
      "courtId",
      "form",
      "idempotencyKey",
      "materials",
      "mediationCaseId",
      "oralRecord",
      "subjectMatterPlaceCode",
    ]);
    const byName = Object.fromEntries(fields.map((field) => [field.name, field.type]));
    expect(byName.mediationCaseId).toMatchObject({ kind: "NON_NULL", ofType: { name: "ID" } });
    expect(byName.courtId).toMatchObject({ kind: "NON_NULL", ofType: { name: "ID" } });
    expect(byName.applicantPartyIds).toMatchObject({
      kind: "NON_NULL",
      ofType: { kind: "LIST", ofType: { kind: "NON_NULL", ofType: { name: "ID" } } },
    });
  });

  it("refuses a court that is not registered", async () => {
    const { input } = caseAndFiling();
    const { data, errors } = await file({ ...input, courtId: "00000000-0000-4000-8000-000000000000" });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.courtId" });
    expect(errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5].* \/ .*[A-Za-z]/);
  });

  it("refuses a mediation case the graph does not know, naming the field", async () => {
    const { errors } = await file({ mediationCaseId: randomUUID(), courtId: home.id, applicantPartyIds: [randomUUID(), randomUUID()] });
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.mediationCaseId" });
  });

  it("answers UPSTREAM_UNAVAILABLE when the graph fails for another reason", async () => {
    const { onGraph, input } = caseAndFiling();
    graph.cases.set(
      onGraph.facts.id,
      new GraphRequestError([{ message: "subgraph down", extensions: { code: "DOWNSTREAM_SERVICE_ERROR" } }]),
    );
    const { errors } = await file(input);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "UPSTREAM_UNAVAILABLE" });
  });

  it.each([
    ["mediationCaseId", "input.mediationCaseId"],
    ["courtId", "input.courtId"],
  ])("refuses a malformed %s, naming the field", async (key, field) => {
    const { input } = caseAndFiling();
    const { errors } = await file({ ...input, [key]: "not-a-uuid" });
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it("refuses a malformed or repeated applicant, naming its position", async () => {
    const { onGraph, input } = caseAndFiling();
    const malformed = await file({ ...input, applicantPartyIds: [onGraph.applicant, "42"] });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.applicantPartyIds.1" });
    const twice = await file({ ...input, applicantPartyIds: [onGraph.applicant, onGraph.applicant, onGraph.respondent] });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.applicantPartyIds.1" });
    const stranger = await file({ ...input, applicantPartyIds: [onGraph.applicant, randomUUID()] });
    expect(stranger.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.applicantPartyIds.1" });
  });

  describe("refusals by rule", () => {
    it("民诉法解释 351: refuses a mediation case with no agreement", async () => {
      const { input } = caseAndFiling({ agreement: null });
      const { data, errors } = await file(input);
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", rule: "民诉法解释 351", field: "input.mediationCaseId" });
      expect(errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5].* \/ .*[A-Za-z]/);
    });

    it("民诉法解释 351: refuses an agreement that has not taken effect", async () => {
      const { onGraph, input } = caseAndFiling();
      graph.cases.set(onGraph.facts.id, {
        ...onGraph.facts,
        agreement: {
          id: randomUUID(),
          status: "AWAITING_SIGNATURES",
          effectiveAt: null,
          partyIds: [onGraph.applicant, onGraph.respondent],
          terms: [],
        },
      });
      const { errors } = await file(input);
      expect(errors?.[0]?.extensions).toMatchObject({
        code: "REFUSED_BY_RULE",
        rule: "民诉法解释 351",
        agreementStatus: "AWAITING_SIGNATURES",
      });
    });

    it("民事诉讼法 art 205: one party alone cannot apply", async () => {
      const { onGraph, input } = caseAndFiling();
      const { errors } = await file({ ...input, applicantPartyIds: [onGraph.applicant] });
      expect(errors?.[0]?.extensions).toMatchObject({
        code: "REFUSED_BY_RULE",
        rule: "民事诉讼法 art 205",
        field: "input.applicantPartyIds",
        missingSides: ["RESPONDENT"],
      });
      const none = await file({ ...input, applicantPartyIds: [] });
      expect(none.errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", missingSides: ["APPLICANT", "RESPONDENT"] });
    });

    it("民事诉讼法 art 205: a party not bound by the agreement cannot apply", async () => {
      const { onGraph, input } = caseAndFiling();
      const { errors } = await file({ ...input, applicantPartyIds: [onGraph.applicant, onGraph.respondent, onGraph.thirdParty] });
      expect(errors?.[0]?.extensions).toMatchObject({
        code: "REFUSED_BY_RULE",
        rule: "民事诉讼法 art 205",
        field: "input.applicantPartyIds.2",
      });
    });

    it("民事诉讼法 art 205: on the 30th day after the agreement took effect the application is in time", async () => {
      const { onGraph, input } = caseAndFiling();
      onGraph.facts.agreement = {
        ...(onGraph.facts.agreement as NonNullable<typeof onGraph.facts.agreement>),
        effectiveAt: new Date(Date.now() - 30 * DAY).toISOString(),
      };
      const { errors } = await file(input);
      expect(errors).toBeUndefined();
    });

    it("民事诉讼法 art 205: on the 31st day it is DEADLINE_PASSED, with the deadline", async () => {
      const { onGraph, input } = caseAndFiling();
      // The latest effective time whose window (30 days, moved past rest days: 民法典 art 203) has ended.
      let effective = Date.now() - 31 * DAY;
      while (dueAt(new Date(effective), DEFAULT_DEADLINES.applicationWindow).getTime() >= Date.now()) effective -= DAY;
      const effectiveAt = new Date(effective).toISOString();
      onGraph.facts.agreement = { ...(onGraph.facts.agreement as NonNullable<typeof onGraph.facts.agreement>), effectiveAt };
      const { data, errors } = await file(input);
      expect(data).toBeNull();
      const extensions = errors?.[0]?.extensions ?? {};
      expect(extensions).toMatchObject({ code: "DEADLINE_PASSED", field: "input.mediationCaseId", effectiveAt });
      expect(String(extensions.rule)).toContain("民事诉讼法 art 205");
      const deadline = new Date(String(extensions.deadline)).getTime();
      expect(deadline).toBeLessThan(Date.now());
      expect(deadline).toBeGreaterThan(Date.now() - 10 * DAY);
    });

    it("民事诉讼法 art 205: a court-invited mediation goes only to the inviting court", async () => {
      const { input } = caseAndFiling({ invitingCourtId: randomUUID() });
      const { errors } = await file(input);
      expect(errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", rule: "民事诉讼法 art 205", field: "input.courtId" });

      const { input: invitedHere } = caseAndFiling({ invitingCourtId: home.id, countyCode: "150105" });
      const accepted = await file(invitedHere);
      expect(accepted.errors).toBeUndefined();
    });

    it("民事诉讼法 art 205(2): a basic court of another county has no jurisdiction", async () => {
      const { input } = caseAndFiling({ countyCode: "150203" });
      const { errors } = await file(input);
      expect(errors?.[0]?.extensions).toMatchObject({
        code: "REFUSED_BY_RULE",
        rule: "民事诉讼法 art 205(2)",
        field: "input.courtId",
        competentCounties: ["150203"],
      });
    });

    it("民事诉讼法 art 205(2): the basic court where the dispute arose has jurisdiction; the city's intermediate court only for a dispute of its first-instance level", async () => {
      const city = testCity();
      const onGraph = graph.add({ countyCode: `${city}02` });
      onGraph.facts.dispute.placeCode = `${city}03101`;
      const placeCourt = await seedCourt(court.server.db, { divisionCode: `${city}03` });
      const atPlace = await file(filingFor(onGraph, { courtId: placeCourt.id }), courtClerk(placeCourt.id));
      expect(atPlace.errors).toBeUndefined();

      const intermediate = await seedCourt(court.server.db, { level: "INTERMEDIATE", divisionCode: city });
      const small = graph.add({ countyCode: `${city}02` });
      const smallAtIntermediate = await file(filingFor(small, { courtId: intermediate.id }), courtClerk(intermediate.id));
      expect(smallAtIntermediate.errors?.[0]?.extensions).toMatchObject({
        code: "REFUSED_BY_RULE",
        rule: "民事诉讼法 art 205(2)",
        intermediateFirstInstance: false,
      });

      // 5亿元 and above: an intermediate court's first-instance case (法发〔2021〕27号), then not a basic court's
      const large = graph.add({ countyCode: `${city}02` });
      large.facts.dispute.amountFen = 60_000_000_000;
      const largeAtIntermediate = await file(filingFor(large, { courtId: intermediate.id }), courtClerk(intermediate.id));
      expect(largeAtIntermediate.errors).toBeUndefined();
      const largeElsewhere = graph.add({ countyCode: `${city}02` });
      largeElsewhere.facts.dispute.amountFen = 60_000_000_000;
      const basicCourt = await seedCourt(court.server.db, { divisionCode: `${city}02` });
      const largeAtBasic = await file(filingFor(largeElsewhere, { courtId: basicCourt.id }), courtClerk(basicCourt.id));
      expect(largeAtBasic.errors?.[0]?.extensions).toMatchObject({
        code: "REFUSED_BY_RULE",
        intermediateFirstInstance: true,
        competentCities: [city],
      });
      expect(String(largeAtBasic.errors?.[0]?.extensions?.firstInstanceBasis)).toContain("法发〔2021〕27号");

      const third = graph.add({ countyCode: "150105" });
      third.facts.dispute.amountFen = 60_000_000_000;
      const elsewhere = await file(filingFor(third, { courtId: intermediate.id }), courtClerk(intermediate.id));
      expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", field: "input.courtId" });
    });
  });

  it("民诉法解释 352: refuses a second live application for the same mediation case, even at another competent court", async () => {
    const city = testCity();
    const onGraph = graph.add({ countyCode: home.divisionCode });
    onGraph.facts.dispute.placeCode = `${city}03101`;
    const first = await file(filingFor(onGraph));
    const otherCourt = await seedCourt(court.server.db, { divisionCode: `${city}03` });
    const { data, errors } = await file(filingFor(onGraph, { courtId: otherCourt.id }), courtClerk(otherCourt.id));
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      field: "input.mediationCaseId",
      rule: "民诉法解释 352",
      applicationId: first.data?.fileConfirmationApplication.id,
      courtId: home.id,
    });
    expect(errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5].* \/ .*[A-Za-z]/);
  });

  it.each(["WITHDRAWN", "REJECTED", "NOT_ACCEPTED"] as const)("accepts a new application once the earlier one is %s", async (status) => {
    const { onGraph, input } = caseAndFiling();
    await seedApplication(court.server.db, { courtId: home.id, mediationCaseId: onGraph.facts.id, status });
    const { errors } = await file(input);
    expect(errors).toBeUndefined();
  });

  it.each(["ACCEPTED", "UNDER_REVIEW", "CONFIRMED_VALID"] as const)("keeps an application that is %s live", async (status) => {
    const { onGraph, input } = caseAndFiling();
    await seedApplication(court.server.db, { courtId: home.id, mediationCaseId: onGraph.facts.id, status });
    const { errors } = await file(input);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.mediationCaseId" });
  });

  it("lets exactly one of two concurrent filings for a mediation case through", async () => {
    const { input } = caseAndFiling();
    const results = await Promise.all([0, 1].map(() => file(input)));
    expect(results.filter((result) => result.data?.fileConfirmationApplication).length).toBe(1);
    expect(results.flatMap((result) => result.errors ?? []).map((error) => error.extensions)).toEqual([
      expect.objectContaining({ code: "CONFLICT", field: "input.mediationCaseId" }),
    ]);
    expect(await court.server.db.confirmationApplication.count({ where: { mediationCaseId: input.mediationCaseId } })).toBe(1);
  });

  it("refuses callers who are not clerks of the court applied to", async () => {
    const { input } = caseAndFiling();
    for (const actor of [judge(home.id), centreOfficer(null)]) {
      const { errors } = await file(input, actor);
      expect(errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    }
    const otherCourt = await file(input, courtClerk(randomUUID()));
    expect(otherCourt.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", rule: "民事诉讼法 art 205" });
    const anonymous = await court.request(FILE, { input });
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await court.server.db.confirmationApplication.count({ where: { mediationCaseId: input.mediationCaseId } })).toBe(0);
  });

  it("writes confirmation.filed to the court's event log in the same step", async () => {
    const { onGraph, input } = caseAndFiling();
    const { data } = await file(input);
    const events = await court.server.db.eventLog.findMany({ where: { subjectId: data?.fileConfirmationApplication.id } });
    expect(events).toEqual([expect.objectContaining({ type: "confirmation.filed", disputeId: onGraph.facts.dispute.id })]);
  });
});

describe("the real graph client", () => {
  it("answers UPSTREAM_UNAVAILABLE when the gateway cannot be reached", async () => {
    const offline = await startSubgraph("court", createCourtServer);
    try {
      const { errors } = await offline.request(
        FILE,
        { input: { mediationCaseId: randomUUID(), courtId: home.id, applicantPartyIds: [randomUUID(), randomUUID()] } },
        courtClerk(home.id),
      );
      expect(errors?.[0]?.extensions).toMatchObject({ code: "UPSTREAM_UNAVAILABLE" });
    } finally {
      await offline.stop();
    }
  });
});

describe("reading applications", () => {
  it("answers an unknown id as one out of scope (FORBIDDEN) and a malformed one with BAD_USER_INPUT", async () => {
    const unknown = await court.request(`{ confirmationApplication(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, judge());
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "NOT_FOUND_OR_OUT_OF_SCOPE" });
    const malformed = await court.request(`{ confirmationApplication(id: "42") { id } }`, {}, judge());
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
  });

  it("lists the time limits in force with their sources", async () => {
    const { data } = await court.request<{
      courtDeadlineRules: { name: string; days: number | null; years: number | null; basis: string }[];
    }>(`{ courtDeadlineRules { name days years basis } }`, {}, judge());
    expect(data?.courtDeadlineRules).toEqual(
      expect.arrayContaining([
        { name: "acceptanceDecision", days: 3, years: null, basis: expect.any(String) },
        { name: "conclusion", days: 30, years: null, basis: "民事诉讼法 art 187" },
        { name: "targetConclusion", days: 15, years: null, basis: expect.any(String) },
        { name: "enforcementApplication", days: null, years: 2, basis: "民事诉讼法 art 250" },
        { name: "partyObjection", days: 15, years: null, basis: "民诉法解释 372" },
      ]),
    );
  });
});

describe("_entities", () => {
  const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on ConfirmationApplication { id status mediationCase { id } court { id } }
    ... on Dispute { id confirmationApplications { id filedAt court { caseCode } } } } }`;

  it("resolves ConfirmationApplication references in one query, null for unknown or malformed keys", async () => {
    const a = await seedApplication(court.server.db, { courtId: home.id });
    const b = await seedApplication(court.server.db, { courtId: home.id });
    court.resetQueries();
    const { data, errors } = await court.request<{ _entities: unknown[] }>(
      ENTITIES,
      {
        representations: [
          { __typename: "ConfirmationApplication", id: a.id },
          { __typename: "ConfirmationApplication", id: "00000000-0000-4000-8000-000000000000" },
          { __typename: "ConfirmationApplication", id: b.id },
          { __typename: "ConfirmationApplication", id: "42" },
        ],
      },
      judge(),
    );
    // Unknown and malformed keys resolve to null with FORBIDDEN, as out-of-scope ones do.
    expect(errors?.map((error) => [error.path?.[1], error.extensions?.code])).toEqual([
      [1, "FORBIDDEN"],
      [3, "FORBIDDEN"],
    ]);
    expect(data?._entities).toEqual([
      { id: a.id, status: "FILED", mediationCase: { id: a.mediationCaseId }, court: { id: home.id } },
      null,
      { id: b.id, status: "FILED", mediationCase: { id: b.mediationCaseId }, court: { id: home.id } },
      null,
    ]);
    expect(statementsOn(court.queries, "confirmation_application")).toBe(1);
    // The applications' scope reads their courts inside the same statement; the courts themselves one more.
    expect(statementsOn(court.queries, "court")).toBe(2);
  });

  it("adds confirmationApplications to disputes, newest first, with ONE query for N disputes", async () => {
    const db = court.server.db;
    const otherCourt = await seedCourt(db, { level: "INTERMEDIATE", divisionCode: "1502" });
    const [d1, d2, d3] = [randomUUID(), randomUUID(), randomUUID()];
    const older = await seedApplication(db, {
      courtId: home.id,
      disputeId: d1,
      filedAt: new Date("2026-11-01T08:00:00Z"),
      status: "WITHDRAWN",
    });
    const newer = await seedApplication(db, { courtId: otherCourt.id, disputeId: d1, filedAt: new Date("2026-11-20T08:00:00Z") });
    const only = await seedApplication(db, { courtId: home.id, disputeId: d2 });

    court.resetQueries();
    const requestId = randomUUID();
    const reader = judge();
    const { data, errors } = await court.request<{ _entities: { id: string; confirmationApplications: { id: string }[] }[] }>(
      ENTITIES,
      { representations: grantedDisputes([d1, d2, d3, "not-a-uuid"], requestId, reader) },
      reader,
      requestId,
    );
    expect(errors).toBeUndefined();
    expect(data?._entities.map((dispute) => [dispute.id, dispute.confirmationApplications.map((a) => a.id)])).toEqual([
      [d1, [newer.id, older.id]],
      [d2, [only.id]],
      [d3, []],
      ["not-a-uuid", []],
    ]);
    expect(statementsOn(court.queries, "confirmation_application")).toBe(1);
    // Constant in the number of disputes: the ConfirmationApplication scope's EXISTS on court sits inside the one statement on confirmation_application.
    expect(statementsOn(court.queries, "court")).toBe(2);
  });
});
