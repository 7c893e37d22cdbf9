import "reflect-metadata";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyMigrations } from "@hub/subgraph-kit";
import pg from "pg";
import { createCenterDb, type CenterDb } from "../../subgraphs/center/src/db";
import { MIGRATIONS } from "../support/migrations";

/** The value below which `p` percent of the sorted samples lie. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/**
 * A migrated centre database on an embedded PostgreSQL of its own, on a free port in a temporary
 * directory, with a raw client for seeding and the centre's Prisma client for the real queries;
 * everything is removed afterwards.
 */
export async function withBenchCentre(name: string, run: (client: pg.Client, db: CenterDb) => Promise<void>): Promise<void> {
  const { startCluster, freePort } = await import("../../scripts/embedded-postgres.mjs");
  const dataDir = await mkdtemp(path.join(tmpdir(), `hub-bench-${name}-`));
  const cluster = await startCluster({ dataDir, port: await freePort(), prefix: "bench", databases: ["center"] });
  const url = cluster.urls.center as string;
  const client = new pg.Client({ connectionString: url });
  const { db, close } = createCenterDb({ url, poolSize: 2 });
  try {
    await applyMigrations(url, MIGRATIONS.center);
    await client.connect();
    await run(client, db);
  } finally {
    await close();
    await client.end().catch(() => undefined);
    await cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
