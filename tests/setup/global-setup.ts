import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyMigrations } from "../../subgraphs/kit/src/migrate";
import { MIGRATIONS } from "../support/migrations";

/**
 * One embedded PostgreSQL cluster for the whole run, on a free port in a fresh directory,
 * with each department's database migrated. Tests seed their own unique data, so files
 * run side by side against the same databases.
 */
export default async function globalSetup(): Promise<void> {
  const { startCluster, freePort } = await import("../../scripts/embedded-postgres.mjs");
  const dataDir = await mkdtemp(path.join(tmpdir(), "hub-test-pg-"));
  const { urls, stop } = await startCluster({ dataDir, port: await freePort(), prefix: "test" });
  await Promise.all(Object.entries(MIGRATIONS).map(([name, dir]) => applyMigrations(urls[name] as string, dir)));
  process.env.HUB_TEST_DATABASE_URLS = JSON.stringify(urls);
  (globalThis as { __hubStopCluster?: () => Promise<void> }).__hubStopCluster = async () => {
    await stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
