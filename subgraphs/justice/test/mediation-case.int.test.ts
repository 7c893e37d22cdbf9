import { ANONYMOUS } from "@hub/subgraph-kit";
import { centreOfficer, judge, justiceOfficer, mediator } from "../../../tests/support/actors";
import { startSubgraph, statementsOn, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createJusticeServer, type JusticeServer } from "../src/server";
import { newDisputeId, seedCommittee, UNKNOWN_ID } from "./fixtures";

const ACCEPT = /* GraphQL */ `
  mutation Accept($input: AcceptMediationCaseInput!) {
    acceptMediationCase(input: $input) {
      id
      status
      acceptedAt
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
  dispute: { id: string };
  committee: { id: string; name: string; divisionCode: string };
  acceptedBy: { id: string; name: string };
}

let justice: RunningSubgraph<JusticeServer>;
let committeeId: string;

beforeAll(async () => {
  justice = await startSubgraph("justice", createJusticeServer);
  committeeId = (await seedCommittee(justice.server.db)).id;
});
afterAll(() => justice.stop());

async function accept(disputeId: string, as = mediator()) {
  return justice.request<{ acceptMediationCase: CaseView }>(ACCEPT, { input: { disputeId, committeeId } }, as);
}

describe("accepting a dispute for mediation (受理调解)", () => {
  it("opens a case in ACCEPTED, recording the committee and the officer who accepted it", async () => {
    const disputeId = newDisputeId();
    const officer = mediator();
    const before = Date.now();
    const { data, errors } = await accept(disputeId, officer);
    expect(errors).toBeUndefined();
    const accepted = data?.acceptMediationCase;
    expect(accepted).toMatchObject({
      status: "ACCEPTED",
      dispute: { id: disputeId },
      committee: { id: committeeId, divisionCode: "150202001" },
      acceptedBy: { id: officer.userId, name: officer.name },
    });
    expect(Date.parse(accepted?.acceptedAt ?? "")).toBeGreaterThanOrEqual(before - 1000);
    const row = await justice.server.db.mediationCase.findUnique({ where: { id: accepted?.id ?? "" } });
    expect(row).toMatchObject({ disputeId, committeeId, status: "ACCEPTED", acceptedById: officer.userId, acceptedByName: officer.name });
  });

  it("lets a justice officer accept too", async () => {
    const { data, errors } = await accept(newDisputeId(), justiceOfficer());
    expect(errors).toBeUndefined();
    expect(data?.acceptMediationCase.status).toBe("ACCEPTED");
  });

  it("refuses a second case while the dispute's case is open, naming input.disputeId", async () => {
    const disputeId = newDisputeId();
    const first = await accept(disputeId);
    const second = await accept(disputeId, justiceOfficer());
    expect(second.data).toBeNull();
    expect(second.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      field: "input.disputeId",
      openCaseId: first.data?.acceptMediationCase.id,
      openCaseStatus: "ACCEPTED",
    });
    expect(second.errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5].* \/ .*[A-Za-z]/);
  });

  it("refuses a second case while the first is in session or has reached an agreement", async () => {
    for (const status of ["IN_SESSION", "AGREEMENT_REACHED"] as const) {
      const disputeId = newDisputeId();
      const first = await accept(disputeId);
      await justice.server.db.mediationCase.update({ where: { id: first.data?.acceptMediationCase.id ?? "" }, data: { status } });
      const second = await accept(disputeId);
      expect(second.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.disputeId", openCaseStatus: status });
    }
  });

  it("lets exactly one of several concurrent accepts for one dispute succeed", async () => {
    const disputeId = newDisputeId();
    const results = await Promise.all(Array.from({ length: 8 }, () => accept(disputeId)));
    const succeeded = results.filter((r) => r.data?.acceptMediationCase);
    const refused = results.filter((r) => r.errors);
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(7);
    for (const r of refused) expect(r.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.disputeId" });
    expect(await justice.server.db.mediationCase.count({ where: { disputeId } })).toBe(1);
  });

  it.each(["FAILED", "TERMINATED"] as const)("accepts a new case once the previous one is %s", async (status) => {
    const disputeId = newDisputeId();
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
  ])("refuses %s, naming the field", async (_case, overrides, field) => {
    const input = { disputeId: newDisputeId(), committeeId, ...overrides };
    const { data, errors } = await justice.request(ACCEPT, { input }, mediator());
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5].* \/ .*[A-Za-z]/);
  });

  it("refuses callers who are neither mediators nor justice officers", async () => {
    for (const as of [judge(), centreOfficer(null)]) {
      const { errors } = await accept(newDisputeId(), as);
      expect(errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", action: "acceptMediationCase" });
    }
    const anonymous = await accept(newDisputeId(), ANONYMOUS);
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("reading cases", () => {
  it("finds one case by id, NOT_FOUND for an unknown id, BAD_USER_INPUT for a malformed one", async () => {
    const accepted = await accept(newDisputeId());
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
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", entity: "MediationCase" });
    const malformed = await justice.request(QUERY, { id: "42" }, justiceOfficer());
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
  });
});

describe("_entities", () => {
  it("resolves MediationCase references in one query, null for unknown or malformed keys", async () => {
    const [a, b] = await Promise.all([accept(newDisputeId()), accept(newDisputeId())]);
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
      mediator(),
    );
    expect(errors).toBeUndefined();
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
    expect(statementsOn(justice.queries, "mediation_committee")).toBe(1);
  });

  it("adds mediationCases to Dispute, newest first, with one query for many disputes", async () => {
    const db = justice.server.db;
    const other = await seedCommittee(db, "150203");
    const withHistory = newDisputeId();
    const older = await accept(withHistory);
    await db.mediationCase.update({
      where: { id: older.data?.acceptMediationCase.id ?? "" },
      data: { status: "FAILED", acceptedAt: new Date(Date.now() - 86_400_000) },
    });
    const newer = await justice.request<{ acceptMediationCase: CaseView }>(
      ACCEPT,
      { input: { disputeId: withHistory, committeeId: other.id } },
      mediator(),
    );
    const single = newDisputeId();
    const only = await accept(single);
    const without = newDisputeId();

    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Dispute { id mediationCases { id status committee { id } } } } }`;
    justice.resetQueries();
    const { data, errors } = await justice.request<{
      _entities: { id: string; mediationCases: { id: string; status: string; committee: { id: string } }[] }[];
    }>(
      query,
      {
        representations: [
          { __typename: "Dispute", id: withHistory },
          { __typename: "Dispute", id: single },
          { __typename: "Dispute", id: without },
          { __typename: "Dispute", id: "not-a-uuid" },
        ],
      },
      mediator(),
    );
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
    expect(statementsOn(justice.queries, "mediation_committee")).toBe(1);
  });
});
