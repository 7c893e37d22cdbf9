import { randomUUID } from "node:crypto";
import { grantedDisputes } from "../../../tests/support/granted";
import { centreOfficer, centreSupervisor, prosecutor } from "../../../tests/support/actors";
import { startSubgraph, statementsOn, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createProcuratorateServer, type ProcuratorateServer } from "../src/server";
import { newDisputeId, OPEN, supervisionInput, UNKNOWN_ID } from "./fixtures";
import { LeadGraph } from "./lead-graph";

type Opened = {
  id: string;
  grounds: string;
  source: string;
  summary: string;
  status: string;
  openedAt: string;
  procuratorateId: string | null;
};

let sub: RunningSubgraph<ProcuratorateServer>;
const PROCURATORATE_ID = "procuratorate-150202";
const graph = new LeadGraph();

/** A party's application (民事诉讼法 art 220) against a ruling made on the dispute. */
function partyApplication(disputeId = newDisputeId()) {
  return {
    disputeId,
    grounds: "PARTY_APPLICATION",
    subjectKind: "CONFIRMATION_RULING",
    subjectId: graph.addRuling(disputeId),
    applicantPartyId: randomUUID(),
  };
}

beforeAll(async () => {
  sub = await startSubgraph("procuratorate", (options) => createProcuratorateServer({ ...options, graph }));
});
afterAll(() => sub.stop());

async function open(overrides: Record<string, unknown> = {}, as = prosecutor(PROCURATORATE_ID)): Promise<Opened> {
  const { data, errors } = await sub.request<{ openSupervisionCase: Opened }>(OPEN, { input: supervisionInput(overrides) }, as);
  expect(errors).toBeUndefined();
  return data?.openSupervisionCase as Opened;
}

describe("opening a supervision case (立案)", () => {
  it("records the dispute key, grounds, trimmed summary, the prosecutor and their procuratorate", async () => {
    const officer = prosecutor(PROCURATORATE_ID);
    const disputeId = newDisputeId();
    const before = Date.now();
    const { data, errors } = await sub.request<{ openSupervisionCase: Record<string, any> }>(
      OPEN,
      { input: supervisionInput({ ...partyApplication(disputeId), summary: "  当事人申请监督：调解协议违反自愿原则。 \n" }) },
      officer,
    );
    expect(errors).toBeUndefined();
    const opened = data?.openSupervisionCase;
    expect(opened).toMatchObject({
      grounds: "PARTY_APPLICATION",
      source: "PARTY_APPLICATION",
      summary: "当事人申请监督：调解协议违反自愿原则。",
      status: "OPEN",
      procuratorateId: PROCURATORATE_ID,
      openedBy: { id: officer.userId, name: officer.name },
      dispute: { id: disputeId },
    });
    expect(new Date(opened?.openedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);

    const stored = await sub.server.db.supervisionCase.findUniqueOrThrow({ where: { id: opened?.id } });
    expect(stored).toMatchObject({ disputeId, openedByOfficerId: officer.userId, openedByOfficerName: officer.name });
  });

  it.each(["STATE_OR_PUBLIC_INTEREST", "JUDICIAL_CORRUPTION", "FALSE_LITIGATION", "MAJOR_SOCIAL_IMPACT"])(
    "opens a case on %s as the procuratorate's own motion (依职权)",
    async (grounds) => {
      const opened = await open({ grounds });
      expect(opened).toMatchObject({ grounds, source: "OWN_MOTION", status: "OPEN" });
    },
  );

  it("leaves the procuratorate empty when the prosecutor's account belongs to none", async () => {
    const opened = await open({}, prosecutor(null));
    expect(opened.procuratorateId).toBeNull();
  });

  it.each([
    ["a malformed dispute id", { disputeId: "42" }, "input.disputeId"],
    ["a blank summary", { summary: "  \n\t " }, "input.summary"],
    ["a summary over 5000 characters", { summary: "虚".repeat(5001) }, "input.summary"],
  ])("refuses %s, naming the field", async (_case, overrides, field) => {
    const { data, errors } = await sub.request(OPEN, { input: supervisionInput(overrides) }, prosecutor(PROCURATORATE_ID));
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5].* \/ .*[A-Za-z]/);
  });

  it("accepts a summary of exactly 5000 characters", async () => {
    const opened = await open({ summary: "虚".repeat(5000) });
    expect(opened.summary).toHaveLength(5000);
  });

  it("refuses grounds outside the rules", async () => {
    const { errors } = await sub.request(OPEN, { input: supervisionInput({ grounds: "DISLIKE" }) }, prosecutor(PROCURATORATE_ID));
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses callers who are not prosecutors", async () => {
    const { data, errors } = await sub.request(OPEN, { input: supervisionInput() }, centreOfficer(null));
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", action: "openSupervisionCase" });
  });

  it("refuses anonymous callers", async () => {
    const { errors } = await sub.request(OPEN, { input: supervisionInput() });
    expect(errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("reading supervision cases", () => {
  it("returns one case by id", async () => {
    const opened = await open();
    const { data, errors } = await sub.request<{ supervisionCase: Record<string, unknown> }>(
      `query($id: ID!) { supervisionCase(id: $id) { id grounds source summary status openedAt procuratorateId openedBy { id name } dispute { id } } }`,
      { id: opened.id },
      prosecutor(),
    );
    expect(errors).toBeUndefined();
    expect(data?.supervisionCase).toMatchObject({ id: opened.id, grounds: opened.grounds, source: opened.source, summary: opened.summary });
  });

  it("answers an unknown id as one out of scope and a malformed one with BAD_USER_INPUT", async () => {
    const unknown = await sub.request(`{ supervisionCase(id: "${UNKNOWN_ID}") { id } }`, {}, prosecutor());
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: "FORBIDDEN",
      reason: "NOT_FOUND_OR_OUT_OF_SCOPE",
      entity: "SupervisionCase",
      id: UNKNOWN_ID,
    });
    const malformed = await sub.request(`{ supervisionCase(id: "42") { id } }`, {}, prosecutor());
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
  });

  it("lists cases newest first in one query, filtered by status", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await open()).id);
    sub.resetQueries();
    const { data, errors } = await sub.request<{
      supervisionCases: { id: string; openedAt: string; status: string; source: string; openedBy: { name: string } }[];
    }>(`{ supervisionCases(status: OPEN, first: 100) { id openedAt status source openedBy { name } dispute { id } } }`, {}, prosecutor());
    expect(errors).toBeUndefined();
    expect(statementsOn(sub.queries, "supervision_case")).toBe(1);
    const list = data?.supervisionCases ?? [];
    expect(list.every((row) => row.status === "OPEN")).toBe(true);
    const times = list.map((row) => row.openedAt);
    expect(times).toEqual([...times].sort().reverse());
    const positions = ids.map((id) => list.findIndex((row) => row.id === id));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => b - a));

    const concluded = await sub.request<{ supervisionCases: { id: string; status: string }[] }>(
      `{ supervisionCases(status: CONCLUDED, first: 100) { id status } }`,
      {},
      prosecutor(),
    );
    expect(concluded.data?.supervisionCases.every((row) => row.status === "CONCLUDED")).toBe(true);
    expect(concluded.data?.supervisionCases.some((row) => ids.includes(row.id))).toBe(false);
  });

  it("returns 20 cases by default", async () => {
    for (let i = 0; i < 21; i++) await open();
    const { data } = await sub.request<{ supervisionCases: unknown[] }>(`{ supervisionCases { id } }`, {}, prosecutor());
    expect(data?.supervisionCases).toHaveLength(20);
  });

  it.each([101, 0, -1])("refuses a page size of %i, naming `first`", async (first) => {
    const { errors } = await sub.request(`query($first: Int!) { supervisionCases(first: $first) { id } }`, { first }, prosecutor());
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });

  it("refuses anonymous readers", async () => {
    const { errors } = await sub.request(`{ supervisionCases { id } }`);
    expect(errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Dispute { id supervisionCases { id grounds openedAt dispute { id } } }
  ... on SupervisionCase { id grounds source status openedBy { id } dispute { id } } } }`;

describe("_entities", () => {
  it("resolves SupervisionCase references in one query, null for unknown or malformed keys", async () => {
    const first = await open({ grounds: "MAJOR_SOCIAL_IMPACT" });
    const second = await open(partyApplication());
    sub.resetQueries();
    const { data, errors } = await sub.request<{ _entities: (Record<string, any> | null)[] }>(
      ENTITIES,
      {
        representations: [
          { __typename: "SupervisionCase", id: first.id },
          { __typename: "SupervisionCase", id: UNKNOWN_ID },
          { __typename: "SupervisionCase", id: second.id },
          { __typename: "SupervisionCase", id: "not-a-uuid" },
        ],
      },
      prosecutor(),
    );
    // Unknown and malformed keys answer as the root field does: null with FORBIDDEN.
    expect(errors?.map((error) => [error.path?.[1], error.extensions?.code, error.extensions?.reason])).toEqual([
      [1, "FORBIDDEN", "NOT_FOUND_OR_OUT_OF_SCOPE"],
      [3, "FORBIDDEN", "NOT_FOUND_OR_OUT_OF_SCOPE"],
    ]);
    expect(data?._entities[0]).toMatchObject({ id: first.id, grounds: "MAJOR_SOCIAL_IMPACT", source: "OWN_MOTION", status: "OPEN" });
    expect(data?._entities[1]).toBeNull();
    expect(data?._entities[2]).toMatchObject({ id: second.id, source: "PARTY_APPLICATION" });
    expect(data?._entities[3]).toBeNull();
    expect(statementsOn(sub.queries, "supervision_case")).toBe(1);
  });

  it("adds supervision cases to N disputes with exactly one query, newest first, none for an unknown dispute", async () => {
    const [a, b, c] = [newDisputeId(), newDisputeId(), newDisputeId()];
    const a1 = await open({ disputeId: a, grounds: "FALSE_LITIGATION" });
    const b1 = await open({ disputeId: b });
    const a2 = await open({ disputeId: a, grounds: "STATE_OR_PUBLIC_INTEREST" });
    sub.resetQueries();
    const requestId = randomUUID();
    const reader = centreSupervisor();
    const { data, errors } = await sub.request<{
      _entities: { id: string; supervisionCases: { id: string; dispute: { id: string } }[] }[];
    }>(ENTITIES, { representations: grantedDisputes([a, b, c, "not-a-uuid"], requestId, reader) }, reader, requestId);
    expect(errors).toBeUndefined();
    expect(statementsOn(sub.queries, "supervision_case")).toBe(1);
    const [da, db, dc, dx] = data?._entities ?? [];
    expect(da?.id).toBe(a);
    expect(da?.supervisionCases.map((row) => row.id)).toEqual([a2.id, a1.id]);
    expect(da?.supervisionCases.every((row) => row.dispute.id === a)).toBe(true);
    expect(db?.supervisionCases.map((row) => row.id)).toEqual([b1.id]);
    expect(dc).toEqual({ id: c, supervisionCases: [] });
    expect(dx).toEqual({ id: "not-a-uuid", supervisionCases: [] });

    // A centre officer has no SupervisionCase scope: the same dispute shows none, as the root field refuses them.
    const officerRequest = randomUUID();
    const officer = centreOfficer(null);
    const asOfficer = await sub.request<{ _entities: { supervisionCases: unknown[] }[] }>(
      ENTITIES,
      { representations: grantedDisputes([a], officerRequest, officer) },
      officer,
      officerRequest,
    );
    expect(asOfficer.data?._entities[0]?.supervisionCases).toEqual([]);
  });

  it("resolves a Dispute stub without touching the database", async () => {
    const id = newDisputeId();
    sub.resetQueries();
    const { data } = await sub.request<{ _entities: unknown[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Dispute { id } } }`,
      { r: [{ __typename: "Dispute", id }] },
      centreOfficer(null),
    );
    expect(data?._entities).toEqual([{ id }]);
    expect(statementsOn(sub.queries, "supervision_case")).toBe(0);
  });
});

describe("the gateway credential", () => {
  it("refuses a request with no credential", async () => {
    const none = await sub.rawRequest({ query: "{ __typename }" }, {});
    expect(none.status).toBe(401);
  });
});
