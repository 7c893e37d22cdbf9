import pg from "pg";
import { BENCH_CENTRE_ID, seedDisputes, seededSubmission } from "../../../tests/bench/seed-disputes";
import { ownDatabase } from "../../../tests/support/own-database";
import { Prisma } from "../generated/client";
import { createCenterDb } from "../src/db";
import { DEFAULT_DUPLICATE_SETTINGS } from "../src/config/duplicates";
import { candidateQuery, findCandidateRows } from "../src/duplicates/candidate-query";

const DISPUTES = 30_000;
const DAY_MS = 86_400_000;

let url: string;
let client: pg.Client;

beforeAll(async () => {
  url = await ownDatabase("center");
  client = new pg.Client({ connectionString: url });
  await client.connect();
  await seedDisputes(client, { from: 0, to: DISPUTES, centreId: BENCH_CENTRE_ID });
  await client.query("ANALYZE");
}, 120_000);
afterAll(() => client?.end());

/** The lookup receipt makes for a seeded dispute: its persons and organisations, the configured window. */
async function lookupFor(ordinal: number) {
  const seeded = await seededSubmission(client, ordinal);
  const window = DEFAULT_DUPLICATE_SETTINGS.windowDays * DAY_MS;
  return {
    excludeId: seeded.id,
    personIds: seeded.person_ids,
    organisationNames: seeded.organisations,
    from: new Date(seeded.received_at.getTime() - window),
    to: new Date(seeded.received_at.getTime() + window),
  };
}

describe("the duplicate lookup's plan", () => {
  it(`reaches parties through their indexes and disputes by primary key, never scanning either table (${DISPUTES} disputes, analysed)`, async () => {
    const { db, close } = createCenterDb({ url, poolSize: 2 });
    try {
      for (const ordinal of [10, 12_345]) {
        const lookup = await lookupFor(ordinal);
        const rows = await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${candidateQuery(lookup)}`);
        const plan = rows.map((row) => row["QUERY PLAN"]).join("\n");
        expect(plan).toContain("party_person_id_idx");
        expect(plan).toContain("party_organisation_name_idx");
        expect(plan).toContain("dispute_pkey");
        expect(plan).not.toMatch(/Seq Scan on (dispute|party)\b/);
      }
    } finally {
      await close();
    }
  });

  it("finds the disputes that share a person within the window, and only those", async () => {
    const { db, close } = createCenterDb({ url, poolSize: 2 });
    try {
      const lookup = await lookupFor(777);
      const found = await findCandidateRows(db, lookup);
      const { rows: expected } = await client.query<{ id: string }>(
        `SELECT DISTINCT d.id FROM dispute d JOIN party p ON p.dispute_id = d.id
         WHERE (p.person_id = ANY($1::uuid[]) OR (p.kind = 'ORGANISATION' AND p.name = ANY($2::text[])))
           AND d.received_at BETWEEN $3 AND $4 AND d.id <> $5`,
        [lookup.personIds, lookup.organisationNames, lookup.from, lookup.to, lookup.excludeId],
      );
      expect(found.map((row) => row.id).sort()).toEqual(expected.map((row) => row.id).sort());
      for (const row of found) expect(row.sharedPersonIds.length + row.sharedOrganisationNames.length).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });
});
