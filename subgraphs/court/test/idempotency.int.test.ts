import { randomUUID } from "node:crypto";
import { courtClerk } from "../../../tests/support/actors";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import type { Court } from "../generated/client";
import { createCourtServer, type CourtServer } from "../src/server";
import { freeCaseCode, seedCourt } from "./fixtures";
import { StubGraph } from "./stub-graph";

const FILE = `mutation($input: FileConfirmationApplicationInput!) { fileConfirmationApplication(input: $input) { id status } }`;

const graph = new StubGraph();
let court: RunningSubgraph<CourtServer>;
let home: Court;

beforeAll(async () => {
  court = await startSubgraph("court", (options) => createCourtServer({ ...options, graph }));
  home = await seedCourt(court.server.db, { divisionCode: "150202" });
});
afterAll(() => court.stop());

type Filed = { fileConfirmationApplication: { id: string; status: string } };

function filing(idempotencyKey: string) {
  const onGraph = graph.add({ countyCode: home.divisionCode });
  return {
    mediationCaseId: onGraph.facts.id,
    courtId: home.id,
    applicantPartyIds: [onGraph.applicant, onGraph.respondent],
    idempotencyKey,
  };
}

describe("idempotent filing of confirmation applications", () => {
  it("files exactly one application from 30 concurrent identical submissions with one key, and all return it", async () => {
    const input = filing(`file-${randomUUID()}`);
    const clerk = courtClerk(home.id);
    const results = await Promise.all(Array.from({ length: 30 }, () => court.request<Filed>(FILE, { input }, clerk)));
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(new Set(results.map((result) => result.data?.fileConfirmationApplication.id)).size).toBe(1);
    expect(await court.server.db.confirmationApplication.count({ where: { mediationCaseId: input.mediationCaseId } })).toBe(1);
    expect(
      await court.server.db.eventLog.count({
        where: { type: "confirmation.filed", subjectId: results[0]?.data?.fileConfirmationApplication.id },
      }),
    ).toBe(1);
  });

  it("answers a retry with the application rather than the one-live-application refusal; another payload under the key is a CONFLICT", async () => {
    const input = filing(`file-${randomUUID()}`);
    const clerk = courtClerk(home.id);
    const first = await court.request<Filed>(FILE, { input }, clerk);
    const retry = await court.request<Filed>(FILE, { input }, clerk);
    expect(retry.errors).toBeUndefined();
    expect(retry.data?.fileConfirmationApplication.id).toBe(first.data?.fileConfirmationApplication.id);

    const withoutKey = await court.request(FILE, { input: { ...input, idempotencyKey: null } }, clerk);
    expect(withoutKey.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.mediationCaseId" });

    const changed = await court.request(FILE, { input: { ...input, applicantPartyIds: [...input.applicantPartyIds].reverse() } }, clerk);
    expect(changed.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.idempotencyKey" });
    // The refusal does not name what the key created.
    expect(changed.errors?.[0]?.extensions).not.toHaveProperty("resultId");
  });

  it("keeps two courts' keys apart", async () => {
    const other = await seedCourt(court.server.db, { divisionCode: "150202" });
    const key = `file-${randomUUID()}`;
    const mine = await court.request<Filed>(FILE, { input: filing(key) }, courtClerk(home.id));
    const theirs = await court.request<Filed>(FILE, { input: { ...filing(key), courtId: other.id } }, courtClerk(other.id));
    expect(mine.errors).toBeUndefined();
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.fileConfirmationApplication.id).not.toBe(mine.data?.fileConfirmationApplication.id);
  });

  it("registers one court from 20 concurrent identical submissions with one key; another payload under the key is a CONFLICT", async () => {
    const REGISTER = `mutation($input: RegisterCourtInput!) { registerCourt(input: $input) { id } }`;
    const id = randomUUID();
    const clerk = courtClerk(id);
    const input = {
      id,
      name: `测试区人民法院-${randomUUID().slice(0, 6)}`,
      level: "BASIC",
      caseCode: await freeCaseCode(court.server.db, "BASIC"),
      divisionCode: "150202",
      idempotencyKey: `court-${randomUUID()}`,
    };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => court.request<{ registerCourt: { id: string } }>(REGISTER, { input }, clerk)),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(new Set(results.map((result) => result.data?.registerCourt.id))).toEqual(new Set([input.id]));
    const other = await court.request(REGISTER, { input: { ...input, name: `另一法院-${randomUUID().slice(0, 6)}` } }, clerk);
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.idempotencyKey" });
    expect(other.errors?.[0]?.extensions).not.toHaveProperty("resultId");
    expect(await court.server.db.court.count({ where: { caseCode: input.caseCode } })).toBe(1);
  });
});
