/**
 * `npm run bench`: the spine's hot paths through the gateway over all four subgraphs, on an
 * embedded PostgreSQL in a fresh directory. Prints latency percentiles; targets live here,
 * not in timed tests.
 */
import "reflect-metadata";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyMigrations } from "@hub/subgraph-kit";
import { centreSupervisor } from "../support/actors";
import { startHub } from "../support/hub-harness";
import { MIGRATIONS } from "../support/migrations";
import { seedDisputeAcrossDepartments, seedOrganisations } from "../e2e/seed";

const DISPUTES = 100;
const ROUNDS = 200;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function time(label: string, rounds: number, run: () => Promise<void>): Promise<Record<string, string | number>> {
  for (let i = 0; i < 10; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return {
    case: label,
    rounds,
    p50_ms: +percentile(samples, 50).toFixed(1),
    p95_ms: +percentile(samples, 95).toFixed(1),
    max_ms: +(samples.at(-1) ?? NaN).toFixed(1),
  };
}

async function main(): Promise<void> {
  const { startCluster, freePort } = await import("../../scripts/embedded-postgres.mjs");
  const dataDir = await mkdtemp(path.join(tmpdir(), "hub-bench-pg-"));
  const cluster = await startCluster({ dataDir, port: await freePort(), prefix: "bench" });
  try {
    await Promise.all(Object.entries(MIGRATIONS).map(([name, dir]) => applyMigrations(cluster.urls[name] as string, dir)));
    process.env.HUB_TEST_DATABASE_URLS = JSON.stringify(cluster.urls);
    const hub = await startHub();
    try {
      const org = await seedOrganisations(hub);
      const seeded = [];
      for (let batch = 0; batch < DISPUTES / 10; batch++) {
        seeded.push(...(await Promise.all(Array.from({ length: 10 }, () => seedDisputeAcrossDepartments(hub, org)))));
      }
      const supervisor = centreSupervisor();
      const one = seeded[0];
      if (!one) throw new Error("nothing seeded");
      const LIST = `query($centre: ID!) { disputes(first: 50, filter: { receivingCentreId: $centre }) { nodes {
        id number parties { name } place { name } mediationCases { status committee { name } }
        confirmationApplications { status court { name } } supervisionCases { grounds } } } }`;
      const WHOLE = `query($id: ID!) { dispute(id: $id) { number parties { name } mediationCases { status }
        confirmationApplications { status mediationCase { status } } supervisionCases { grounds } } }`;
      const check = async (query: string, variables: Record<string, unknown>) => {
        const response = await hub.request(query, variables, supervisor);
        if (response.errors) throw new Error(JSON.stringify(response.errors));
      };
      const results = [
        await time("one dispute across four subgraphs", ROUNDS, () => check(WHOLE, { id: one.disputeId })),
        await time("50 disputes across four subgraphs", ROUNDS, () => check(LIST, { centre: org.centreId })),
      ];
      console.table(results);
    } finally {
      await hub.stop();
    }
  } finally {
    await cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
