/**
 * Statistics at scale: seeds 1,000,000 disputes over ten years (tests/bench/seed-disputes.ts), marks
 * about seven in ten resolved some days after receipt, and times the statistics the region reports
 * (the real query of src/statistics, through Prisma): a league's year by category, the region's year
 * by month and by league, with resolution-day percentiles. Prints p50/p95 of each and the
 * EXPLAIN (ANALYZE, BUFFERS) of one.
 */
import { percentile, withBenchCentre } from "./bench-database";
import { Prisma } from "../../subgraphs/center/generated/client";
import { StatisticsDimension } from "../../subgraphs/center/src/statistics/statistics-dimension";
import { statisticsQuery, type StatisticsScope } from "../../subgraphs/center/src/statistics/statistics-query";
import { seedDisputes } from "./seed-disputes";

const SIZE = 1_000_000;
const RUNS = 15;
const YEAR: Pick<StatisticsScope, "from" | "to" | "asOf"> = {
  from: new Date("2024-12-31T16:00:00Z"),
  to: new Date("2025-12-31T16:00:00Z"),
  asOf: new Date("2026-11-28T00:00:00Z"),
};
const CASES: [string, StatisticsDimension, string][] = [
  ["包头市 (1502), 2025, by category", StatisticsDimension.CATEGORY, "1502"],
  ["the region (15), 2025, by month", StatisticsDimension.MONTH, "15"],
  ["the region (15), 2025, by league", StatisticsDimension.SUBDIVISION, "15"],
  ["东河区 (150202), 2025, by township", StatisticsDimension.SUBDIVISION, "150202"],
];

async function main(): Promise<void> {
  await withBenchCentre("stats", async (client, db) => {
    const started = Date.now();
    for (let from = 0; from < SIZE; from += 100_000) await seedDisputes(client, { from, to: from + 100_000 });
    await client.query(
      `UPDATE dispute SET status = 'RESOLVED',
            resolved_at = received_at + ((hashtext(id::text) & 1023) % 90) * interval '1 day' + interval '3 hours'
     WHERE hashtext(id::text) % 10 < 7 AND hashtext(id::text) % 10 > -7`,
    );
    await client.query("VACUUM ANALYZE");
    const { rows } = await client.query<{ total: number; resolved: number }>(
      `SELECT count(*)::int AS total, count(resolved_at)::int AS resolved FROM dispute`,
    );
    console.log(`seeded ${rows[0]?.total} disputes (${rows[0]?.resolved} resolved) in ${((Date.now() - started) / 1000).toFixed(0)} s`);

    const results: Record<string, string | number>[] = [];
    for (const [name, dimension, jurisdictionCode] of CASES) {
      const query = statisticsQuery(dimension, { ...YEAR, jurisdictionCode });
      const answer = await db.$queryRaw<{ received: number }[]>(query);
      const samples: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const start = process.hrtime.bigint();
        await db.$queryRaw(query);
        samples.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      samples.sort((a, b) => a - b);
      results.push({
        statistics: name,
        groups: answer.length,
        disputes_counted: answer.reduce((sum, row) => sum + row.received, 0),
        p50_ms: +percentile(samples, 50).toFixed(1),
        p95_ms: +percentile(samples, 95).toFixed(1),
      });
    }
    console.table(results);
    const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(
      Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${statisticsQuery(StatisticsDimension.CATEGORY, { ...YEAR, jurisdictionCode: "1502" })}`,
    );
    console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of ${CASES[0]?.[0]} over ${SIZE.toLocaleString("en")} disputes:`);
    console.log(plan.map((row) => row["QUERY PLAN"]).join("\n"));
  });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
