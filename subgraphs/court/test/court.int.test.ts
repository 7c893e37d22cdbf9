import { randomUUID } from "node:crypto";
import { centreOfficer, courtClerk, judge } from "../../../tests/support/actors";
import { startSubgraph, statementsOn, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createCourtServer, type CourtServer } from "../src/server";
import { freeCaseCode, seedCourt, testCity } from "./fixtures";

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterCourtInput!) {
    registerCourt(input: $input) {
      id
      name
      level
      caseCode
      divisionCode
      createdAt
    }
  }
`;

let court: RunningSubgraph<CourtServer>;

beforeAll(async () => {
  court = await startSubgraph("court", createCourtServer);
});
afterAll(() => court.stop());

async function basicCourtInput(overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    name: "东河区人民法院",
    level: "BASIC",
    caseCode: await freeCaseCode(court.server.db, "BASIC"),
    divisionCode: "150202",
    ...overrides,
  };
}

describe("registering a court", () => {
  it("records a basic court with its court code and division", async () => {
    const input = await basicCourtInput();
    const { data, errors } = await court.request<{ registerCourt: Record<string, unknown> }>(REGISTER, { input }, courtClerk(input.id));
    expect(errors).toBeUndefined();
    expect(data?.registerCourt).toMatchObject({
      id: input.id,
      name: "东河区人民法院",
      level: "BASIC",
      caseCode: input.caseCode,
      divisionCode: "150202",
    });
    expect(new Date(data?.registerCourt.createdAt as string).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("records an intermediate court, reading full-width digits as ASCII", async () => {
    const caseCode = await freeCaseCode(court.server.db, "INTERMEDIATE");
    const wide = caseCode.replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
    const input = { id: randomUUID(), name: "包头市中级人民法院", level: "INTERMEDIATE", caseCode: wide, divisionCode: "1502" };
    const { data, errors } = await court.request<{ registerCourt: Record<string, unknown> }>(REGISTER, { input }, courtClerk(input.id));
    expect(errors).toBeUndefined();
    expect(data?.registerCourt).toMatchObject({ level: "INTERMEDIATE", caseCode });
  });

  it("returns the same court when the same registration is repeated, even concurrently", async () => {
    const input = await basicCourtInput();
    const results = await Promise.all(
      Array.from({ length: 4 }, () => court.request<{ registerCourt: { id: string } }>(REGISTER, { input }, courtClerk(input.id))),
    );
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(result.data?.registerCourt.id).toBe(input.id);
    }
    const again = await court.request<{ registerCourt: { id: string } }>(REGISTER, { input }, courtClerk(input.id));
    expect(again.data?.registerCourt.id).toBe(input.id);
    expect(await court.server.db.court.count({ where: { id: input.id } })).toBe(1);
  });

  it("refuses to reuse an id for a different court", async () => {
    const input = await basicCourtInput();
    await court.request(REGISTER, { input }, courtClerk(input.id));
    const { errors } = await court.request(REGISTER, { input: { ...input, name: "青山区人民法院" } }, courtClerk(input.id));
    expect(errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.id" });
  });

  it("refuses a court code another court holds, also when both arrive at once", async () => {
    const first = await basicCourtInput();
    await court.request(REGISTER, { input: first }, courtClerk(first.id));
    const secondId = randomUUID();
    const taken = await court.request(REGISTER, { input: { ...first, id: secondId } }, courtClerk(secondId));
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.caseCode" });
    expect(taken.errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5].* \/ .*[A-Za-z]/);

    const caseCode = await freeCaseCode(court.server.db, "BASIC");
    const racing = await Promise.all(
      [randomUUID(), randomUUID()].map((id) =>
        court.request<{ registerCourt: { id: string } }>(REGISTER, { input: { ...first, id, caseCode } }, courtClerk(id)),
      ),
    );
    expect(racing.filter((result) => result.data?.registerCourt).length).toBe(1);
    expect(racing.flatMap((result) => result.errors ?? []).map((error) => error.extensions)).toEqual([
      expect.objectContaining({ code: "CONFLICT", field: "input.caseCode" }),
    ]);
  });

  it.each([
    ["a malformed id", { id: "42" }, "input.id"],
    ["a blank name", { name: "  " }, "input.name"],
    ["蒙 instead of 内", { caseCode: "蒙0202" }, "input.caseCode"],
    ["an intermediate code for a basic court", { caseCode: "内02" }, "input.caseCode"],
    ["a basic code for an intermediate court", { level: "INTERMEDIATE", caseCode: "内0202", divisionCode: "1502" }, "input.caseCode"],
    ["digits for the high court", { level: "HIGH", caseCode: "内01", divisionCode: "15" }, "input.caseCode"],
    ["a division code of another province", { divisionCode: "110105" }, "input.divisionCode"],
    ["a division code of the wrong length", { divisionCode: "15020" }, "input.divisionCode"],
  ])("refuses %s, naming the field", async (_case, overrides, field) => {
    const input = await basicCourtInput(overrides);
    const { data, errors } = await court.request(REGISTER, { input }, courtClerk(input.id));
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5].* \/ .*[A-Za-z]/);
  });

  it("cites the case-number rules when the court code is wrong", async () => {
    const input = await basicCourtInput({ caseCode: "蒙0202" });
    const { errors } = await court.request(REGISTER, { input }, courtClerk(input.id));
    expect(errors?.[0]?.extensions?.rule).toContain("法〔2015〕137号");
    expect(errors?.[0]?.extensions?.messageEn).toContain("内, not 蒙");
  });

  it("refuses callers who are not court clerks, and anonymous ones", async () => {
    const input = await basicCourtInput();
    const asJudge = await court.request(REGISTER, { input }, judge());
    expect(asJudge.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    const asCentre = await court.request(REGISTER, { input }, centreOfficer(null));
    expect(asCentre.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    const anonymous = await court.request(REGISTER, { input });
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await court.server.db.court.count({ where: { id: input.id } })).toBe(0);
  });
});

describe("reading courts", () => {
  it("finds a court by id, NOT_FOUND for an unknown one and BAD_USER_INPUT for a malformed one", async () => {
    const seeded = await seedCourt(court.server.db);
    const found = await court.request<{ court: { id: string; caseCode: string; level: string } }>(
      `query($id: ID!) { court(id: $id) { id caseCode level } }`,
      { id: seeded.id },
      judge(),
    );
    expect(found.data?.court).toEqual({ id: seeded.id, caseCode: seeded.caseCode, level: "BASIC" });
    const unknown = await court.request(`{ court(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, judge());
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND" });
    const malformed = await court.request(`{ court(id: "42") { id } }`, {}, judge());
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
  });

  it("lists the courts serving a division and the divisions below it", async () => {
    const city = testCity();
    const db = court.server.db;
    const intermediate = await seedCourt(db, { level: "INTERMEDIATE", divisionCode: city });
    const basicA = await seedCourt(db, { divisionCode: `${city}02` });
    const basicB = await seedCourt(db, { divisionCode: `${city}03` });
    const elsewhere = await seedCourt(db, { divisionCode: "150102" });

    const LIST = `query($code: String!) { courts(divisionCode: $code) { id divisionCode } }`;
    const inCity = await court.request<{ courts: { id: string; divisionCode: string }[] }>(LIST, { code: city }, judge());
    expect(inCity.errors).toBeUndefined();
    const ids = inCity.data?.courts.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([intermediate.id, basicA.id, basicB.id]));
    expect(ids).not.toContain(elsewhere.id);
    expect(inCity.data?.courts.every((c) => c.divisionCode.startsWith(city))).toBe(true);

    const inCounty = await court.request<{ courts: { id: string }[] }>(LIST, { code: `${city}02` }, judge());
    const countyIds = inCounty.data?.courts.map((c) => c.id);
    expect(countyIds).toContain(basicA.id);
    expect(countyIds).not.toContain(basicB.id);
    expect(countyIds).not.toContain(intermediate.id);
  });

  it("refuses a malformed division code and anonymous callers", async () => {
    const malformed = await court.request(`{ courts(divisionCode: "150") { id } }`, {}, judge());
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "divisionCode" });
    const anonymous = await court.request(`{ courts(divisionCode: "15") { id } }`);
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("_entities", () => {
  it("resolves Court references in one query, null for unknown keys", async () => {
    const a = await seedCourt(court.server.db);
    const b = await seedCourt(court.server.db, { level: "INTERMEDIATE", divisionCode: "1502" });
    court.resetQueries();
    const { data, errors } = await court.request<{ _entities: ({ id: string; caseCode: string; level: string } | null)[] }>(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Court { id caseCode level } } }`,
      {
        representations: [
          { __typename: "Court", id: a.id },
          { __typename: "Court", id: "00000000-0000-4000-8000-000000000000" },
          { __typename: "Court", id: b.id },
        ],
      },
      judge(),
    );
    expect(errors).toBeUndefined();
    expect(data?._entities).toEqual([
      { id: a.id, caseCode: a.caseCode, level: "BASIC" },
      null,
      { id: b.id, caseCode: b.caseCode, level: "INTERMEDIATE" },
    ]);
    expect(statementsOn(court.queries, "court")).toBe(1);
  });
});

describe("the gateway credential", () => {
  it("refuses a request with no credential or a forged one", async () => {
    const none = await court.rawRequest({ query: "{ __typename }" }, {});
    expect(none.status).toBe(401);
    const forged = await court.rawRequest({ query: "{ __typename }" }, { "x-hub-actor": "eyJhbGciOiJIUzI1NiJ9.e30.forged" });
    expect(forged.status).toBe(401);
  });
});
