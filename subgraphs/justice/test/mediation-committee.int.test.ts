import { randomUUID } from "node:crypto";
import { ANONYMOUS } from "@hub/subgraph-kit";
import { justiceOfficer, mediator } from "../../../tests/support/actors";
import { startSubgraph, statementsOn, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createJusticeServer, type JusticeServer } from "../src/server";
import { seedCommittee, uniqueCountyCode, UNKNOWN_ID } from "./fixtures";

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterMediationCommitteeInput!) {
    registerMediationCommittee(input: $input) {
      id
      name
      divisionCode
      createdAt
    }
  }
`;

interface CommitteeView {
  id: string;
  name: string;
  divisionCode: string;
  createdAt: string;
}

let justice: RunningSubgraph<JusticeServer>;

beforeAll(async () => {
  justice = await startSubgraph("justice", createJusticeServer);
});
afterAll(() => justice.stop());

const registration = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  name: "东河区和平路街道人民调解委员会",
  divisionCode: "150202001",
  ...overrides,
});

describe("registering a mediation committee (登记人民调解委员会)", () => {
  it("registers a committee at a township and returns it", async () => {
    const input = registration();
    const { data, errors } = await justice.request<{ registerMediationCommittee: CommitteeView }>(REGISTER, { input }, justiceOfficer());
    expect(errors).toBeUndefined();
    expect(data?.registerMediationCommittee).toMatchObject({ id: input.id, name: input.name, divisionCode: "150202001" });
    expect(Number.isNaN(Date.parse(data?.registerMediationCommittee.createdAt ?? ""))).toBe(false);
  });

  it("registers a committee at a county and trims its name", async () => {
    const input = registration({ divisionCode: "150202", name: "  东河区人民调解委员会 " });
    const { data, errors } = await justice.request<{ registerMediationCommittee: CommitteeView }>(REGISTER, { input }, justiceOfficer());
    expect(errors).toBeUndefined();
    expect(data?.registerMediationCommittee).toMatchObject({ name: "东河区人民调解委员会", divisionCode: "150202" });
  });

  it("returns the same committee when the same registration is repeated, and refuses a different one under that id", async () => {
    const input = registration();
    const first = await justice.request<{ registerMediationCommittee: CommitteeView }>(REGISTER, { input }, justiceOfficer());
    const again = await justice.request<{ registerMediationCommittee: CommitteeView }>(REGISTER, { input }, justiceOfficer());
    expect(again.errors).toBeUndefined();
    expect(again.data?.registerMediationCommittee).toEqual(first.data?.registerMediationCommittee);

    const renamed = await justice.request(REGISTER, { input: { ...input, name: "另一个调解委员会" } }, justiceOfficer());
    expect(renamed.data).toBeNull();
    expect(renamed.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.id" });
    const moved = await justice.request(REGISTER, { input: { ...input, divisionCode: "150203" } }, justiceOfficer());
    expect(moved.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.id" });
  });

  it("answers concurrent identical registrations with the one committee", async () => {
    const input = registration();
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        justice.request<{ registerMediationCommittee: CommitteeView }>(REGISTER, { input }, justiceOfficer()),
      ),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(new Set(results.map((r) => r.data?.registerMediationCommittee.createdAt)).size).toBe(1);
    expect(await justice.server.db.mediationCommittee.count({ where: { id: input.id } })).toBe(1);
  });

  it.each([
    ["a region code", { divisionCode: "15" }, "input.divisionCode"],
    ["a league/city code", { divisionCode: "1502" }, "input.divisionCode"],
    ["a code outside Inner Mongolia", { divisionCode: "110105" }, "input.divisionCode"],
    ["a code with a letter", { divisionCode: "15020200X" }, "input.divisionCode"],
    ["a 7-digit code", { divisionCode: "1502020" }, "input.divisionCode"],
    ["a 12-digit village code", { divisionCode: "150202001001" }, "input.divisionCode"],
    ["a blank name", { name: "   " }, "input.name"],
    ["an over-long name", { name: "调".repeat(101) }, "input.name"],
    ["an id that is not a UUID", { id: "committee-1" }, "input.id"],
  ])("refuses %s, naming the field", async (_case, overrides, field) => {
    const { data, errors } = await justice.request(REGISTER, { input: registration(overrides) }, justiceOfficer());
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5].* \/ .*[A-Za-z]/);
  });

  it("refuses callers who are not justice officers", async () => {
    const asMediator = await justice.request(REGISTER, { input: registration() }, mediator());
    expect(asMediator.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    const anonymous = await justice.request(REGISTER, { input: registration() }, ANONYMOUS);
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("reading committees", () => {
  it("finds one committee by id, NOT_FOUND for an unknown id, BAD_USER_INPUT for a malformed one", async () => {
    const committee = await seedCommittee(justice.server.db);
    const found = await justice.request<{ mediationCommittee: CommitteeView }>(
      `query($id: ID!) { mediationCommittee(id: $id) { id name divisionCode createdAt } }`,
      { id: committee.id },
      mediator(),
    );
    expect(found.errors).toBeUndefined();
    expect(found.data?.mediationCommittee).toEqual({
      id: committee.id,
      name: committee.name,
      divisionCode: committee.divisionCode,
      createdAt: committee.createdAt.toISOString(),
    });

    const unknown = await justice.request(`{ mediationCommittee(id: "${UNKNOWN_ID}") { id } }`, {}, mediator());
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", entity: "MediationCommittee" });
    const malformed = await justice.request(`{ mediationCommittee(id: "42") { id } }`, {}, mediator());
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
  });

  it("lists the committees in a division and below it, by division code", async () => {
    const county = uniqueCountyCode();
    const db = justice.server.db;
    const atCounty = await seedCommittee(db, county);
    const atTownshipB = await seedCommittee(db, `${county}002`);
    const atTownshipA = await seedCommittee(db, `${county}001`);
    const LIST = `query($code: String!) { mediationCommittees(divisionCode: $code) { id divisionCode } }`;

    const inCounty = await justice.request<{ mediationCommittees: { id: string; divisionCode: string }[] }>(
      LIST,
      { code: county },
      mediator(),
    );
    expect(inCounty.errors).toBeUndefined();
    expect(inCounty.data?.mediationCommittees.map((c) => c.id)).toEqual([atCounty.id, atTownshipA.id, atTownshipB.id]);

    const inTownship = await justice.request<{ mediationCommittees: { id: string }[] }>(LIST, { code: `${county}001` }, mediator());
    expect(inTownship.data?.mediationCommittees.map((c) => c.id)).toEqual([atTownshipA.id]);

    const inCity = await justice.request<{ mediationCommittees: { id: string; divisionCode: string }[] }>(
      LIST,
      { code: county.slice(0, 4) },
      mediator(),
    );
    const ids = inCity.data?.mediationCommittees.map((c) => c.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining([atCounty.id, atTownshipA.id, atTownshipB.id]));
    expect(inCity.data?.mediationCommittees.every((c) => c.divisionCode.startsWith(county.slice(0, 4)))).toBe(true);
  });

  it("refuses a malformed division code to search by, and anonymous callers", async () => {
    const malformed = await justice.request(`{ mediationCommittees(divisionCode: "15020") { id } }`, {}, mediator());
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "divisionCode" });
    const anonymous = await justice.request(`{ mediationCommittees(divisionCode: "1502") { id } }`, {}, ANONYMOUS);
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("_entities", () => {
  it("resolves MediationCommittee references in one query, null for unknown or malformed keys", async () => {
    const db = justice.server.db;
    const [a, b] = await Promise.all([seedCommittee(db), seedCommittee(db, "150203")]);
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on MediationCommittee { id name divisionCode } } }`;
    justice.resetQueries();
    const { data, errors } = await justice.request<{ _entities: (Record<string, unknown> | null)[] }>(
      query,
      {
        representations: [
          { __typename: "MediationCommittee", id: a.id },
          { __typename: "MediationCommittee", id: UNKNOWN_ID },
          { __typename: "MediationCommittee", id: b.id },
          { __typename: "MediationCommittee", id: "not-a-uuid" },
        ],
      },
      mediator(),
    );
    expect(errors).toBeUndefined();
    expect(data?._entities).toEqual([
      { id: a.id, name: a.name, divisionCode: a.divisionCode },
      null,
      { id: b.id, name: b.name, divisionCode: "150203" },
      null,
    ]);
    expect(statementsOn(justice.queries, "mediation_committee")).toBe(1);
  });
});
