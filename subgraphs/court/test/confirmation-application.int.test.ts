import { randomUUID } from "node:crypto";
import { centreOfficer, courtClerk, judge } from "../../../tests/support/actors";
import { startSubgraph, statementsOn, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createCourtServer, type CourtServer } from "../src/server";
import { seedApplication, seedCourt } from "./fixtures";

const FILE = /* GraphQL */ `
  mutation File($input: FileConfirmationApplicationInput!) {
    fileConfirmationApplication(input: $input) {
      id
      status
      filedAt
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

let court: RunningSubgraph<CourtServer>;
let courtId: string;

beforeAll(async () => {
  court = await startSubgraph("court", createCourtServer);
  courtId = (await seedCourt(court.server.db)).id;
});
afterAll(() => court.stop());

const filing = (overrides: Record<string, unknown> = {}) => ({
  disputeId: randomUUID(),
  mediationCaseId: randomUUID(),
  courtId,
  ...overrides,
});

describe("filing a judicial-confirmation application (申请司法确认)", () => {
  it("records it as FILED with the keys, the court and the clerk who filed it", async () => {
    const clerk = courtClerk();
    const input = filing();
    const { data, errors } = await court.request<{ fileConfirmationApplication: Record<string, any> }>(FILE, { input }, clerk);
    expect(errors).toBeUndefined();
    const application = data?.fileConfirmationApplication;
    expect(application).toMatchObject({
      status: "FILED",
      dispute: { id: input.disputeId },
      mediationCase: { id: input.mediationCaseId },
      court: { id: courtId },
      filedBy: { id: clerk.userId, name: clerk.name },
    });
    expect(Math.abs(new Date(application?.filedAt).getTime() - Date.now())).toBeLessThan(60_000);

    const read = await court.request<{ confirmationApplication: Record<string, any> }>(
      `query($id: ID!) { confirmationApplication(id: $id) { id status dispute { id } court { id } } }`,
      { id: application?.id },
      judge(),
    );
    expect(read.data?.confirmationApplication).toEqual({
      id: application?.id,
      status: "FILED",
      dispute: { id: input.disputeId },
      court: { id: courtId },
    });
  });

  it("takes only keys: the input has no field for names, ID numbers or other party data", async () => {
    const { data } = await court.request<{ __type: { inputFields: { name: string; type: { kind: string; ofType: { name: string } } }[] } }>(
      `{ __type(name: "FileConfirmationApplicationInput") { inputFields { name type { kind ofType { name } } } } }`,
      {},
      courtClerk(),
    );
    const fields = data?.__type.inputFields ?? [];
    expect(fields.map((field) => field.name).sort()).toEqual(["courtId", "disputeId", "mediationCaseId"]);
    for (const field of fields) expect(field.type).toEqual({ kind: "NON_NULL", ofType: { name: "ID" } });
  });

  it("refuses a court that is not registered", async () => {
    const { data, errors } = await court.request(
      FILE,
      { input: filing({ courtId: "00000000-0000-4000-8000-000000000000" }) },
      courtClerk(),
    );
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.courtId" });
    expect(errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5].* \/ .*[A-Za-z]/);
  });

  it.each(["disputeId", "mediationCaseId", "courtId"])("refuses a malformed %s, naming the field", async (key) => {
    const { errors } = await court.request(FILE, { input: filing({ [key]: "not-a-uuid" }) }, courtClerk());
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: `input.${key}` });
  });

  it("refuses a second live application for the same mediation case, even at another court", async () => {
    const input = filing();
    const first = await court.request<{ fileConfirmationApplication: { id: string } }>(FILE, { input }, courtClerk());
    const otherCourt = await seedCourt(court.server.db, { divisionCode: "150203" });
    const { data, errors } = await court.request(FILE, { input: { ...input, courtId: otherCourt.id } }, courtClerk());
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      field: "input.mediationCaseId",
      rule: "民诉法解释 352",
      applicationId: first.data?.fileConfirmationApplication.id,
      courtId,
    });
    expect(errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5].* \/ .*[A-Za-z]/);
  });

  it.each(["WITHDRAWN", "REJECTED", "NOT_ACCEPTED"] as const)("accepts a new application once the earlier one is %s", async (status) => {
    const mediationCaseId = randomUUID();
    await seedApplication(court.server.db, { courtId, mediationCaseId, status });
    const { errors } = await court.request(FILE, { input: filing({ mediationCaseId }) }, courtClerk());
    expect(errors).toBeUndefined();
  });

  it("keeps an ACCEPTED application live", async () => {
    const mediationCaseId = randomUUID();
    await seedApplication(court.server.db, { courtId, mediationCaseId, status: "ACCEPTED" });
    const { errors } = await court.request(FILE, { input: filing({ mediationCaseId }) }, courtClerk());
    expect(errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.mediationCaseId" });
  });

  it("lets exactly one of two concurrent filings for a mediation case through", async () => {
    const input = filing();
    const results = await Promise.all(
      [0, 1].map(() => court.request<{ fileConfirmationApplication: { id: string } }>(FILE, { input }, courtClerk())),
    );
    expect(results.filter((result) => result.data?.fileConfirmationApplication).length).toBe(1);
    expect(results.flatMap((result) => result.errors ?? []).map((error) => error.extensions)).toEqual([
      expect.objectContaining({ code: "CONFLICT", field: "input.mediationCaseId" }),
    ]);
    expect(await court.server.db.confirmationApplication.count({ where: { mediationCaseId: input.mediationCaseId } })).toBe(1);
  });

  it("refuses callers who are not court clerks", async () => {
    const input = filing();
    for (const actor of [judge(), centreOfficer(null)]) {
      const { errors } = await court.request(FILE, { input }, actor);
      expect(errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    }
    const anonymous = await court.request(FILE, { input });
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await court.server.db.confirmationApplication.count({ where: { mediationCaseId: input.mediationCaseId } })).toBe(0);
  });
});

describe("reading applications", () => {
  it("answers an unknown id with NOT_FOUND and a malformed one with BAD_USER_INPUT", async () => {
    const unknown = await court.request(`{ confirmationApplication(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, judge());
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND" });
    const malformed = await court.request(`{ confirmationApplication(id: "42") { id } }`, {}, judge());
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
  });
});

describe("_entities", () => {
  const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on ConfirmationApplication { id status mediationCase { id } court { id } }
    ... on Dispute { id confirmationApplications { id filedAt court { caseCode } } } } }`;

  it("resolves ConfirmationApplication references in one query, null for unknown or malformed keys", async () => {
    const a = await seedApplication(court.server.db, { courtId });
    const b = await seedApplication(court.server.db, { courtId });
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
    expect(errors).toBeUndefined();
    expect(data?._entities).toEqual([
      { id: a.id, status: "FILED", mediationCase: { id: a.mediationCaseId }, court: { id: courtId } },
      null,
      { id: b.id, status: "FILED", mediationCase: { id: b.mediationCaseId }, court: { id: courtId } },
      null,
    ]);
    expect(statementsOn(court.queries, "confirmation_application")).toBe(1);
    expect(statementsOn(court.queries, "court")).toBe(1);
  });

  it("adds confirmationApplications to disputes, newest first, with ONE query for N disputes", async () => {
    const db = court.server.db;
    const otherCourt = await seedCourt(db, { level: "INTERMEDIATE", divisionCode: "1502" });
    const [d1, d2, d3] = [randomUUID(), randomUUID(), randomUUID()];
    const older = await seedApplication(db, { courtId, disputeId: d1, filedAt: new Date("2026-11-01T08:00:00Z"), status: "WITHDRAWN" });
    const newer = await seedApplication(db, { courtId: otherCourt.id, disputeId: d1, filedAt: new Date("2026-11-20T08:00:00Z") });
    const only = await seedApplication(db, { courtId, disputeId: d2 });

    court.resetQueries();
    const { data, errors } = await court.request<{ _entities: { id: string; confirmationApplications: { id: string }[] }[] }>(
      ENTITIES,
      {
        representations: [
          { __typename: "Dispute", id: d1 },
          { __typename: "Dispute", id: d2 },
          { __typename: "Dispute", id: d3 },
          { __typename: "Dispute", id: "not-a-uuid" },
        ],
      },
      judge(),
    );
    expect(errors).toBeUndefined();
    expect(data?._entities.map((dispute) => [dispute.id, dispute.confirmationApplications.map((a) => a.id)])).toEqual([
      [d1, [newer.id, older.id]],
      [d2, [only.id]],
      [d3, []],
      ["not-a-uuid", []],
    ]);
    expect(statementsOn(court.queries, "confirmation_application")).toBe(1);
    expect(statementsOn(court.queries, "court")).toBe(1);
  });
});
