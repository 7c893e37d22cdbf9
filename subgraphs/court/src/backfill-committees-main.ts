import { createLogger, GraphClient } from "@hub/subgraph-kit";
import { backfillMediatingCommittees, gatewayJusticeFeed } from "./backfill/mediating-committees";
import { createCourtDb } from "./db";
import { loadCourtEnv } from "./env";

/** `npm run backfill:committees -w @hub/court`: prints the report as JSON; exits 1 when some rows stay unresolved. */
async function main(): Promise<void> {
  const env = loadCourtEnv();
  const log = createLogger("court-committee-backfill", env.LOG_LEVEL);
  const { db, close } = createCourtDb({ url: env.DATABASE_URL, poolSize: 2 });
  try {
    const graph = new GraphClient({ gatewayUrl: env.HUB_GATEWAY_URL, secret: env.HUB_GATEWAY_SECRET, timeoutMs: 60_000 });
    const report = await backfillMediatingCommittees(db, gatewayJusticeFeed(graph));
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    log.info({ filled: report.filled, unresolved: report.unresolved.length }, "committee backfill finished");
    if (report.unresolved.length > 0) process.exitCode = 1;
  } finally {
    await close();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(2);
});
