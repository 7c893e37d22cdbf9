import { randomUUID } from "node:crypto";
import { grantedDisputes } from "../../../tests/support/granted";
import { ANONYMOUS, dueAt } from "@hub/subgraph-kit";
import { actor, centreOfficer, judge, justiceOfficer, mediator } from "../../../tests/support/actors";
import { statementsOn, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { DEFAULT_JUSTICE_DEADLINES } from "../src/config/deadlines";
import type { JusticeServer } from "../src/server";
import { BILINGUAL, seedCommittee, startJusticeWithStub, UNKNOWN_ID } from "./fixtures";
import { CENTRE_REFUSAL, type StubGraph } from "./stub-graph";

const ACCEPT = /* GraphQL */ `
  mutation Accept($input: AcceptMediationCaseInput!) {
    acceptMediationCase(input: $input) {
      id
      status
      acceptedAt
      routingId
      invitingCourtId
      dueAt
      timeLimitBasis
      dispute {
        id
      }
      committee {
        id
        name
        divisionCode
      }
      acceptedBy {
        id
        name
      }
    }
  }
`;

interface CaseView {
  id: string;
  status: string;
  acceptedAt: string;
  routingId: string | null;
  invitingCourtId: string | null;
  dueAt: string;
  timeLimitBasis: string;
  dispute: { id: string };
  committee: { id: string; name: string; divisionCode: string };
  acceptedBy: { id: string; name: string };
}

let justice: RunningSubgraph<JusticeServer>;
let graph: StubGraph;
let committeeId: string;

beforeAll(async () => {
  ({ justice, graph } = await startJusticeWithStub());
  committeeId = (await seedCommittee(justice.server.db)).id;
});
afterAll(() => justice.stop());

/** A dispute the centre routed to the test's committee. */
const routed = (to = committeeId) => graph.addDispute(to).disputeId;

async function accept(disputeId: string, as = mediator(committeeId), extra: Record<string, unknown> = {}, to = committeeId) {
  return justice.request<{ acceptMediationCase: CaseView }>(ACCEPT, { input: { disputeId, committeeId: to, ...extra } }, as);
}

describe("accepting a routed dispute for mediation (受理调解)", () => {
  it("opens a case in ACCEPTED after accepting the centre's routing as the same officer, with a month to mediate", async () => {
    const { disputeId, routingId } = graph.addDispute(committeeId);
    const officer = mediator(committeeId);
    const before = Date.now();
    const { data, errors } = await accept(disputeId, officer);
    expect(errors).toBeUndefined();
    const accepted = data?.acceptMediationCase;
    expect(accepted).toMatchObject({
      status: "ACCEPTED",
      routingId,
      invitingCourtId: null,
      timeLimitBasis: DEFAULT_JUSTICE_DEADLINES.mediation.basis,
      dispute: { id: disputeId },
      committee: { id: committeeId, divisionCode: "150202001" },
      acceptedBy: { id: officer.userId, name: officer.name },
    });
    const acceptedAt = Date.parse(accepted?.acceptedAt ?? "");
    expect(acceptedAt).toBeGreaterThanOrEqual(before - 1000);
    // The month itself (民法典 art 202) is counted in mediation-origin.int.test.ts on a fixed clock.
    expect(accepted?.dueAt).toBe(dueAt(new Date(accepted?.acceptedAt ?? ""), DEFAULT_JUSTICE_DEADLINES.mediation).toISOString());

    const [call] = graph.callsOf("JusticeAcceptRouting").filter((c) => c.variables.routingId === routingId);
    expect(call?.actor.userId).toBe(officer.userId);
    expect(graph.disputes.get(disputeId)?.currentRouting?.status).toBe("ACCEPTED");

    const row = await justice.server.db.mediationCase.findUnique({ where: { id: accepted?.id ?? "" } });
    expect(row).toMatchObject({
      disputeId,
      committeeId,
      routingId,
      status: "ACCEPTED",
      acceptedById: officer.userId,
      acceptedByName: officer.name,
    });
    const events = await justice.server.db.eventLog.findMany({ where: { subjectId: accepted?.id ?? "" } });
    expect(events).toEqual([expect.objectContaining({ type: "mediation.accepted", disputeId, actorId: officer.userId })]);
  });

  it("sets the 30-day limit of 特邀调解规定 art 27 when a court delegated the mediation", async () => {
    const courtId = "5d0c8a52-7a1e-4a5e-9f0e-3f2d1c0b9a87";
    graph.courts.add(courtId);
    const { data, errors } = await accept(routed(), mediator(committeeId), { invitingCourtId: courtId });
    expect(errors).toBeUndefined();
    expect(data?.acceptMediationCase).toMatchObject({
      invitingCourtId: courtId,
      timeLimitBasis: DEFAULT_JUSTICE_DEADLINES.courtDelegatedMediation.basis,
    });
    expect(data?.acceptMediationCase.timeLimitBasis).toContain("特邀调解规定 art 27");
    const accepted = data?.acceptMediationCase;
    expect(accepted?.dueAt).toBe(
      dueAt(new Date(accepted?.acceptedAt ?? ""), DEFAULT_JUSTICE_DEADLINES.courtDelegatedMediation).toISOString(),
    );
  });

  it("accepts a routing the committee already accepted at the centre (idempotent there)", async () => {
    const { disputeId, dispute } = graph.addDispute(committeeId);
    if (dispute.currentRouting) dispute.currentRouting.status = "ACCEPTED";
    const { errors } = await accept(disputeId);
    expect(errors).toBeUndefined();
  });

  it("leaves acceptance to the committee itself, not the bureau over it (信访工作条例 art 23)", async () => {
    const { data, errors } = await accept(routed(), justiceOfficer());
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", rule: "信访工作条例 art 23" });
  });

  it("refuses a dispute the centre has not routed to this committee (FORBIDDEN), without touching the routing", async () => {
    const other = await seedCommittee(justice.server.db);
    const elsewhere = graph.addDispute(other.id);
    const toCourt = graph.addDispute(committeeId, "COURT");
    const unrouted = graph.addDispute(committeeId);
    unrouted.dispute.currentRouting = null;
    for (const disputeId of [elsewhere.disputeId, toCourt.disputeId, unrouted.disputeId]) {
      const calls = graph.callsOf("JusticeAcceptRouting").length;
      const { data, errors } = await accept(disputeId);
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions).toMatchObject({
        code: "FORBIDDEN",
        field: "input.committeeId",
        rule: "routed by the centre (综治中心分流)",
      });
      expect(errors?.[0]?.message).toMatch(BILINGUAL);
      expect(graph.callsOf("JusticeAcceptRouting")).toHaveLength(calls);
    }
  });

  it.each(["RETURNED", "ESCALATED", "WITHDRAWN"] as const)("refuses a routing that is %s (CONFLICT)", async (status) => {
    const { disputeId, dispute } = graph.addDispute(committeeId);
    if (dispute.currentRouting) dispute.currentRouting.status = status;
    const { errors } = await accept(disputeId);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.disputeId", routingStatus: status });
  });

  it("passes on the centre's refusal to accept the routing, and opens no case", async () => {
    const disputeId = routed();
    graph.refuseRouting = "FORBIDDEN";
    try {
      const { errors } = await accept(disputeId);
      expect(errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", rule: CENTRE_REFUSAL.rule, messageZh: CENTRE_REFUSAL.messageZh });
      expect(errors?.[0]?.message).toBe(`${CENTRE_REFUSAL.messageZh} / ${CENTRE_REFUSAL.messageEn}`);
      expect(errors?.[0]?.extensions?.serviceName).toBeUndefined();
    } finally {
      graph.refuseRouting = null;
    }
    expect(await justice.server.db.mediationCase.count({ where: { disputeId } })).toBe(0);
  });

  it("answers UPSTREAM_UNAVAILABLE when the graph cannot be reached, and opens no case", async () => {
    const disputeId = routed();
    graph.down = true;
    try {
      const { errors } = await accept(disputeId);
      expect(errors?.[0]?.extensions).toMatchObject({ code: "UPSTREAM_UNAVAILABLE" });
    } finally {
      graph.down = false;
    }
    expect(await justice.server.db.mediationCase.count({ where: { disputeId } })).toBe(0);
  });

  it("refuses a second case while the dispute's case is open, naming input.disputeId", async () => {
    const disputeId = routed();
    const first = await accept(disputeId);
    const second = await accept(disputeId, mediator(committeeId));
    expect(second.data).toBeNull();
    expect(second.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      field: "input.disputeId",
      openCaseId: first.data?.acceptMediationCase.id,
      openCaseStatus: "ACCEPTED",
    });
    expect(second.errors?.[0]?.message).toMatch(BILINGUAL);
  });

  it("refuses a second case while the first is in session or has reached an agreement", async () => {
    for (const status of ["IN_SESSION", "AGREEMENT_REACHED"] as const) {
      const disputeId = routed();
      const first = await accept(disputeId);
      await justice.server.db.mediationCase.update({ where: { id: first.data?.acceptMediationCase.id ?? "" }, data: { status } });
      const second = await accept(disputeId);
      expect(second.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.disputeId", openCaseStatus: status });
    }
  });

  it("lets exactly one of several concurrent accepts for one dispute succeed", async () => {
    const disputeId = routed();
    const results = await Promise.all(Array.from({ length: 8 }, () => accept(disputeId)));
    const succeeded = results.filter((r) => r.data?.acceptMediationCase);
    const refused = results.filter((r) => r.errors);
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(7);
    for (const r of refused) expect(r.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.disputeId" });
    expect(await justice.server.db.mediationCase.count({ where: { disputeId } })).toBe(1);
  });

  it.each(["FAILED", "TERMINATED"] as const)("accepts a new case once the previous one is %s", async (status) => {
    const disputeId = routed();
    const first = await accept(disputeId);
    await justice.server.db.mediationCase.update({ where: { id: first.data?.acceptMediationCase.id ?? "" }, data: { status } });
    const second = await accept(disputeId);
    expect(second.errors).toBeUndefined();
    expect(second.data?.acceptMediationCase.id).not.toBe(first.data?.acceptMediationCase.id);
  });

  it.each([
    ["an unknown committee", { committeeId: UNKNOWN_ID }, "input.committeeId"],
    ["a malformed committee id", { committeeId: "committee-1" }, "input.committeeId"],
    ["a malformed dispute id", { disputeId: "150202-2026-000001" }, "input.disputeId"],
    ["a dispute the centre does not know", { disputeId: UNKNOWN_ID }, "input.disputeId"],
    ["a malformed court id", { invitingCourtId: "court-1" }, "input.invitingCourtId"],
    ["a court the graph does not know", { invitingCourtId: UNKNOWN_ID }, "input.invitingCourtId"],
  ])("refuses %s, naming the field", async (_case, overrides, field) => {
    const input = { disputeId: routed(), committeeId, ...overrides };
    const { data, errors } = await justice.request(ACCEPT, { input }, mediator(committeeId));
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(errors?.[0]?.message).toMatch(BILINGUAL);
  });

  it("refuses callers who are neither mediators nor justice officers, and officers of another organisation", async () => {
    for (const as of [judge(), centreOfficer(null)]) {
      const { errors } = await accept(routed(), as);
      expect(errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", action: "acceptMediationCase" });
    }
    const otherCommittee = await accept(routed(), mediator(UNKNOWN_ID));
    expect(otherCommittee.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", rule: "信访工作条例 art 23" });
    const otherBureau = await accept(routed(), actor({ department: "JUSTICE", roles: ["JUSTICE_OFFICER"], jurisdictionCode: "150302" }));
    expect(otherBureau.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", rule: "信访工作条例 art 23" });
    const anonymous = await accept(routed(), ANONYMOUS);
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("reading cases", () => {
  it("finds one case by id, FORBIDDEN (as out of scope) for an unknown id, BAD_USER_INPUT for a malformed one", async () => {
    const accepted = await accept(routed());
    const id = accepted.data?.acceptMediationCase.id;
    const QUERY = `query($id: ID!) { mediationCase(id: $id) { id status dispute { id } committee { id } acceptedBy { id name } } }`;
    const found = await justice.request<{ mediationCase: CaseView }>(QUERY, { id }, justiceOfficer());
    expect(found.errors).toBeUndefined();
    expect(found.data?.mediationCase).toEqual({
      id,
      status: "ACCEPTED",
      dispute: accepted.data?.acceptMediationCase.dispute,
      committee: { id: committeeId },
      acceptedBy: accepted.data?.acceptMediationCase.acceptedBy,
    });

    const unknown = await justice.request(QUERY, { id: UNKNOWN_ID }, justiceOfficer());
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: "FORBIDDEN",
      reason: "NOT_FOUND_OR_OUT_OF_SCOPE",
      entity: "MediationCase",
    });
    const malformed = await justice.request(QUERY, { id: "42" }, justiceOfficer());
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
  });
});

describe("_entities", () => {
  it("resolves MediationCase references in one query, null for unknown or malformed keys", async () => {
    const [a, b] = await Promise.all([accept(routed()), accept(routed())]);
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on MediationCase { id status dispute { id } committee { id } } } }`;
    justice.resetQueries();
    const { data, errors } = await justice.request<{ _entities: (Record<string, unknown> | null)[] }>(
      query,
      {
        representations: [
          { __typename: "MediationCase", id: a.data?.acceptMediationCase.id },
          { __typename: "MediationCase", id: UNKNOWN_ID },
          { __typename: "MediationCase", id: b.data?.acceptMediationCase.id },
          { __typename: "MediationCase", id: "not-a-uuid" },
        ],
      },
      justiceOfficer(),
    );
    // Unknown and malformed keys resolve to null with FORBIDDEN, as out-of-scope ones do.
    expect(errors?.map((error) => [error.path?.[1], error.extensions?.code])).toEqual([
      [1, "FORBIDDEN"],
      [3, "FORBIDDEN"],
    ]);
    expect(data?._entities).toEqual([
      {
        id: a.data?.acceptMediationCase.id,
        status: "ACCEPTED",
        dispute: a.data?.acceptMediationCase.dispute,
        committee: { id: committeeId },
      },
      null,
      {
        id: b.data?.acceptMediationCase.id,
        status: "ACCEPTED",
        dispute: b.data?.acceptMediationCase.dispute,
        committee: { id: committeeId },
      },
      null,
    ]);
    expect(statementsOn(justice.queries, "mediation_case")).toBe(1);
    // The cases' scope reads their committees inside the same statement; the committees themselves one more.
    expect(statementsOn(justice.queries, "mediation_committee")).toBe(2);
  });

  it("adds mediationCases to Dispute, newest first, with one query for many disputes", async () => {
    const db = justice.server.db;
    const other = await seedCommittee(db, "150203");
    const withHistory = routed();
    const older = await accept(withHistory);
    await db.mediationCase.update({
      where: { id: older.data?.acceptMediationCase.id ?? "" },
      data: { status: "FAILED", acceptedAt: new Date(Date.now() - 86_400_000) },
    });
    graph.reroute(withHistory, other.id);
    const newer = await accept(withHistory, mediator(other.id), {}, other.id);
    const single = routed();
    const only = await accept(single);
    const without = routed();

    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Dispute { id mediationCases { id status committee { id } } } } }`;
    justice.resetQueries();
    const requestId = randomUUID();
    const reader = justiceOfficer();
    const { data, errors } = await justice.request<{
      _entities: { id: string; mediationCases: { id: string; status: string; committee: { id: string } }[] }[];
    }>(query, { representations: grantedDisputes([withHistory, single, without, "not-a-uuid"], requestId, reader) }, reader, requestId);
    expect(errors).toBeUndefined();
    expect(data?._entities).toEqual([
      {
        id: withHistory,
        mediationCases: [
          { id: newer.data?.acceptMediationCase.id, status: "ACCEPTED", committee: { id: other.id } },
          { id: older.data?.acceptMediationCase.id, status: "FAILED", committee: { id: committeeId } },
        ],
      },
      { id: single, mediationCases: [{ id: only.data?.acceptMediationCase.id, status: "ACCEPTED", committee: { id: committeeId } }] },
      { id: without, mediationCases: [] },
      { id: "not-a-uuid", mediationCases: [] },
    ]);
    expect(statementsOn(justice.queries, "mediation_case")).toBe(1);
    // The committees' lookup, and the MediationCase scope's EXISTS inside the one statement on mediation_case.
    expect(statementsOn(justice.queries, "mediation_committee")).toBe(2);

    // The same list for a mediator of neither committee: the MediationCase scope (O) leaves both out, as at the root.
    const outsider = randomUUID();
    const outsiderActor = mediator(randomUUID());
    const asOutsider = await justice.request<{ _entities: { mediationCases: unknown[] }[] }>(
      query,
      { representations: grantedDisputes([withHistory, single], outsider, outsiderActor) },
      outsiderActor,
      outsider,
    );
    expect(asOutsider.data?._entities.map((dispute) => dispute.mediationCases)).toEqual([[], []]);
  });
});
