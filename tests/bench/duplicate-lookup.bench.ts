/**
 * Duplicate lookup at scale: seeds 100,000 and then 1,000,000 disputes (two parties each, persons
 * recurring about six times over ten years) into a centre database on an embedded PostgreSQL, and
 * times the lookup receipt runs (`findCandidateRows`, the real query through Prisma) for many
 * seeded disputes at each size. Prints p50/p95, the ratio between the sizes (an index lookup
 * stays nearly flat; a scan would grow tenfold) and the EXPLAIN (ANALYZE, BUFFERS) plan.
 */
import type pg from "pg";
import { percentile, withBenchCentre } from "./bench-database";
import { Prisma } from "../../subgraphs/center/generated/client";
import { DEFAULT_DUPLICATE_SETTINGS } from "../../subgraphs/center/src/config/duplicates";
import { candidateQuery, findCandidateRows, type CandidateLookup } from "../../subgraphs/center/src/duplicates/candidate-query";
import { seedDisputes, seededSubmission } from "./seed-disputes";

const SIZES = [100_000, 1_000_000];
const LOOKUPS = 500;
const DAY_MS = 86_400_000;

async function lookupFor(client: pg.Client, ordinal: number): Promise<CandidateLookup> {
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

async function main(): Promise<void> {
  await withBenchCentre("dup", async (client, db) => {
    const results: Record<string, string | number>[] = [];
    let seeded = 0;
    for (const size of SIZES) {
      const started = Date.now();
      for (let from = seeded; from < size; from += 100_000) await seedDisputes(client, { from, to: Math.min(size, from + 100_000) });
      await client.query("VACUUM ANALYZE");
      const seedSeconds = ((Date.now() - started) / 1000).toFixed(0);
      seeded = size;

      const lookups: CandidateLookup[] = [];
      for (let i = 0; i < LOOKUPS; i++) lookups.push(await lookupFor(client, Math.floor((i * 7_919_111) % size)));
      for (const lookup of lookups.slice(0, 50)) await findCandidateRows(db, lookup);
      const samples: number[] = [];
      let candidates = 0;
      for (const lookup of lookups) {
        const start = process.hrtime.bigint();
        candidates += (await findCandidateRows(db, lookup)).length;
        samples.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      samples.sort((a, b) => a - b);
      results.push({
        disputes: size,
        seeded_in_s: seedSeconds,
        lookups: LOOKUPS,
        mean_candidates: +(candidates / LOOKUPS).toFixed(1),
        p50_ms: +percentile(samples, 50).toFixed(2),
        p95_ms: +percentile(samples, 95).toFixed(2),
      });
      const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(
        Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${candidateQuery(lookups[0] as CandidateLookup)}`,
      );
      console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the duplicate lookup at ${size.toLocaleString("en")} disputes:`);
      console.log(plan.map((row) => row["QUERY PLAN"]).join("\n"));
    }
    console.table(results);
    const [small, large] = results;
    if (small && large) {
      console.log(
        `ratio ${SIZES[1]}/${SIZES[0]}: p50 ×${(Number(large.p50_ms) / Number(small.p50_ms)).toFixed(2)}, p95 ×${(Number(large.p95_ms) / Number(small.p95_ms)).toFixed(2)}`,
      );
    }
  });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
