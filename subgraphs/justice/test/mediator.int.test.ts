import { randomUUID } from "node:crypto";
import { ANONYMOUS } from "@hub/subgraph-kit";
import { actor, justiceOfficer, mediator } from "../../../tests/support/actors";
import { startSubgraph, statementsOn, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createJusticeServer, type JusticeServer } from "../src/server";
import { BILINGUAL, seedCommittee, seedMediator, uniqueCountyCode, UNKNOWN_ID } from "./fixtures";

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterMediatorInput!) {
    registerMediator(input: $input) {
      id
      name
      kind
      libraries
      trainedByDivisionCode
      registeredAt
      committee {
        id
      }
      registeredBy {
        id
        name
      }
    }
  }
`;

interface MediatorView {
  id: string;
  name: string;
  kind: string;
  libraries: string[];
  trainedByDivisionCode: string | null;
  registeredAt: string;
  committee: { id: string };
  registeredBy: { id: string; name: string };
}

let justice: RunningSubgraph<JusticeServer>;
let committeeId: string;

beforeAll(async () => {
  justice = await startSubgraph("justice", createJusticeServer);
  committeeId = (await seedCommittee(justice.server.db)).id;
});
afterAll(() => justice.stop());

const registration = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  name: "乌云其其格",
  committeeId,
  kind: "COMMITTEE_MEMBER",
  libraries: ["MEDIATOR", "MEDIATION_EXPERT"],
  trainedByDivisionCode: "150202",
  gender: "FEMALE",
  ethnicity: "蒙古族",
  birthDate: "1985-03-08",
  ...overrides,
});

const register = (input: Record<string, unknown>, as = justiceOfficer()) =>
  justice.request<{ registerMediator: MediatorView }>(REGISTER, { input }, as);

describe("registering a mediator and their expert libraries (人民调解员, 四库; 人民调解法 art 5: by the bureau over the committee)", () => {
  it("registers a committee member in two libraries, recording who registered them and an event", async () => {
    const input = registration();
    const officer = justiceOfficer();
    const { data, errors } = await register(input, officer);
    expect(errors).toBeUndefined();
    expect(data?.registerMediator).toMatchObject({
      id: input.id,
      name: "乌云其其格",
      kind: "COMMITTEE_MEMBER",
      libraries: ["MEDIATION_EXPERT", "MEDIATOR"],
      trainedByDivisionCode: "150202",
      committee: { id: committeeId },
      registeredBy: { id: officer.userId, name: officer.name },
    });
    const events = await justice.server.db.eventLog.findMany({ where: { subjectId: input.id } });
    expect(events).toEqual([expect.objectContaining({ type: "mediator.registered", subjectType: "Mediator", disputeId: null })]);
  });

  it("registers a hired mediator in no library and without a training bureau", async () => {
    const { data, errors } = await register(registration({ kind: "HIRED", libraries: [], trainedByDivisionCode: null }));
    expect(errors).toBeUndefined();
    expect(data?.registerMediator).toMatchObject({ kind: "HIRED", libraries: [], trainedByDivisionCode: null });
  });

  it("returns the same mediator when the registration is repeated, and refuses a different one under that id", async () => {
    const input = registration();
    const first = await register(input);
    const again = await register({ ...input, libraries: [...input.libraries].reverse() });
    expect(again.errors).toBeUndefined();
    expect(again.data?.registerMediator).toEqual(first.data?.registerMediator);
    const changed = await register({ ...input, kind: "HIRED" });
    expect(changed.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.id" });
  });

  it("refuses a tenth committee member (人民调解法 art 9) but still hires more mediators", async () => {
    const committee = await seedCommittee(justice.server.db);
    for (let i = 0; i < 8; i++) await seedMediator(justice.server.db, committee.id);
    const racing = await Promise.all([
      register(registration({ committeeId: committee.id })),
      register(registration({ committeeId: committee.id })),
    ]);
    expect(racing.filter((r) => r.errors === undefined)).toHaveLength(1);
    const tenth = racing.find((r) => r.errors) ?? (await register(registration({ committeeId: committee.id })));
    expect(tenth.data).toBeNull();
    expect(tenth.errors?.[0]?.extensions).toMatchObject({
      code: "REFUSED_BY_RULE",
      rule: "人民调解法 art 9",
      field: "input.kind",
      memberCount: 9,
    });
    expect(tenth.errors?.[0]?.message).toMatch(BILINGUAL);
    const hired = await register(registration({ committeeId: committee.id, kind: "HIRED" }));
    expect(hired.errors).toBeUndefined();
    expect(await justice.server.db.mediator.count({ where: { committeeId: committee.id, kind: "COMMITTEE_MEMBER" } })).toBe(9);
  });

  it.each([
    ["a blank name", { name: "  " }, "input.name"],
    ["an id that is not a UUID", { id: "mediator-1" }, "input.id"],
    ["an unknown committee", { committeeId: UNKNOWN_ID }, "input.committeeId"],
    ["a malformed committee id", { committeeId: "c-1" }, "input.committeeId"],
    ["a township as the training bureau", { trainedByDivisionCode: "150202001" }, "input.trainedByDivisionCode"],
  ])("refuses %s, naming the field", async (_case, overrides, field) => {
    const { data, errors } = await register(registration(overrides));
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(errors?.[0]?.message).toMatch(BILINGUAL);
  });

  it("refuses mediators, officers of another bureau (人民调解法 art 5) and anonymous callers", async () => {
    const asMediator = await register(registration(), mediator(committeeId));
    expect(asMediator.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", action: "registerMediator" });
    const elsewhere = await register(
      registration(),
      actor({ department: "JUSTICE", roles: ["JUSTICE_OFFICER"], jurisdictionCode: "150302" }),
    );
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", rule: "人民调解法 arts 5, 14" });
    const anonymous = await register(registration(), ANONYMOUS);
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("reading mediators and the expert libraries", () => {
  it("lists a committee's mediators, members first, and NOT_FOUND for an unknown committee", async () => {
    const committee = await seedCommittee(justice.server.db);
    const hired = await seedMediator(justice.server.db, committee.id, { kind: "HIRED", name: "阿拉坦" });
    const member = await seedMediator(justice.server.db, committee.id, { name: "巴雅尔" });
    const LIST = `query($id: ID!) { mediators(committeeId: $id) { id kind } }`;
    const { data, errors } = await justice.request<{ mediators: { id: string; kind: string }[] }>(LIST, { id: committee.id }, mediator());
    expect(errors).toBeUndefined();
    expect(data?.mediators).toEqual([
      { id: member.id, kind: "COMMITTEE_MEMBER" },
      { id: hired.id, kind: "HIRED" },
    ]);
    const unknown = await justice.request(LIST, { id: UNKNOWN_ID }, mediator());
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", entity: "MediationCommittee" });
  });

  it("finds one mediator by id, NOT_FOUND for an unknown id", async () => {
    const seeded = await seedMediator(justice.server.db, committeeId);
    const QUERY = `query($id: ID!) { mediator(id: $id) { id name committee { id } } }`;
    const found = await justice.request<{ mediator: { id: string } }>(QUERY, { id: seeded.id }, mediator());
    expect(found.data?.mediator).toEqual({ id: seeded.id, name: seeded.name, committee: { id: committeeId } });
    const unknown = await justice.request(QUERY, { id: UNKNOWN_ID }, mediator());
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", entity: "Mediator" });
  });

  it("lists one library's experts whose committees sit in a division or below it", async () => {
    const county = uniqueCountyCode();
    const inCounty = await seedCommittee(justice.server.db, county);
    const inTownship = await seedCommittee(justice.server.db, `${county}101`);
    const consultant = await register(registration({ committeeId: inTownship.id, name: "专家1", libraries: ["CHIEF_LEGAL_CONSULTANT"] }));
    const volunteer = await register(registration({ committeeId: inCounty.id, name: "专家3", libraries: ["LEGAL_SERVICE_VOLUNTEER"] }));
    const both = await register(
      registration({
        committeeId: inCounty.id,
        name: "专家2",
        kind: "HIRED",
        libraries: ["CHIEF_LEGAL_CONSULTANT", "LEGAL_SERVICE_VOLUNTEER"],
      }),
    );
    const EXPERTS = `query($library: ExpertLibrary!, $code: String!) { experts(library: $library, divisionCode: $code) { id } }`;
    const ids = async (library: string, code: string) =>
      (await justice.request<{ experts: { id: string }[] }>(EXPERTS, { library, code }, mediator())).data?.experts.map((e) => e.id);
    expect(await ids("CHIEF_LEGAL_CONSULTANT", county)).toEqual([consultant.data?.registerMediator.id, both.data?.registerMediator.id]);
    expect(await ids("LEGAL_SERVICE_VOLUNTEER", county)).toEqual([both.data?.registerMediator.id, volunteer.data?.registerMediator.id]);
    expect(await ids("CHIEF_LEGAL_CONSULTANT", `${county}101`)).toEqual([consultant.data?.registerMediator.id]);
    expect(await ids("MEDIATION_EXPERT", county)).toEqual([]);
    const malformed = await justice.request(EXPERTS, { library: "MEDIATOR", code: "15020" }, mediator());
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "divisionCode" });
  });
});

describe("committee members (人民调解法 art 9)", () => {
  it("lists members and counts them, with one query for many committees", async () => {
    const db = justice.server.db;
    const [a, b, empty] = await Promise.all([seedCommittee(db), seedCommittee(db), seedCommittee(db)]);
    const aMembers = [
      await seedMediator(db, a.id, { name: "调解员1" }),
      await seedMediator(db, a.id, { name: "调解员2" }),
      await seedMediator(db, a.id, { name: "调解员3" }),
    ];
    await seedMediator(db, a.id, { kind: "HIRED" });
    const bMember = await seedMediator(db, b.id);
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on MediationCommittee { id memberCount members { id kind committee { id } } } } }`;
    justice.resetQueries();
    const { data, errors } = await justice.request<{ _entities: { id: string; memberCount: number; members: { id: string }[] }[] }>(
      query,
      { representations: [a, b, empty].map((c) => ({ __typename: "MediationCommittee", id: c.id })) },
      mediator(),
    );
    expect(errors).toBeUndefined();
    expect(data?._entities.map((c) => [c.memberCount, c.members.map((m) => m.id)])).toEqual([
      [3, aMembers.map((m) => m.id)],
      [1, [bMember.id]],
      [0, []],
    ]);
    expect(statementsOn(justice.queries, "mediator")).toBe(1);
    expect(statementsOn(justice.queries, "mediation_committee")).toBe(1);
  });
});

describe("_entities", () => {
  it("resolves Mediator references in one query, null for unknown or malformed keys", async () => {
    const db = justice.server.db;
    const [a, b] = await Promise.all([seedMediator(db, committeeId), seedMediator(db, committeeId, { kind: "HIRED" })]);
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Mediator { id name kind libraries committee { id } } } }`;
    justice.resetQueries();
    const { data, errors } = await justice.request<{ _entities: unknown[] }>(
      query,
      {
        representations: [
          { __typename: "Mediator", id: a.id },
          { __typename: "Mediator", id: UNKNOWN_ID },
          { __typename: "Mediator", id: b.id },
          { __typename: "Mediator", id: "not-a-uuid" },
        ],
      },
      mediator(),
    );
    expect(errors).toBeUndefined();
    expect(data?._entities).toEqual([
      { id: a.id, name: a.name, kind: "COMMITTEE_MEMBER", libraries: ["MEDIATOR"], committee: { id: committeeId } },
      null,
      { id: b.id, name: b.name, kind: "HIRED", libraries: ["MEDIATOR"], committee: { id: committeeId } },
      null,
    ]);
    expect(statementsOn(justice.queries, "mediator")).toBe(1);
    expect(statementsOn(justice.queries, "mediation_committee")).toBe(1);
  });
});
