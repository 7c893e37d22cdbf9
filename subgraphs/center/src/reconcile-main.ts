import { createLogger, GraphClient } from "@hub/subgraph-kit";
import { defaultFeedSources } from "./consumer/feed-source";
import { createCenterDb } from "./db";
import { loadCenterEnv } from "./env";
import { reconcile } from "./reconciliation/reconcile";

/** `npm run reconcile -w @hub/center`: prints the report as JSON; exits 1 when there is a gap. */
async function main(): Promise<void> {
  const env = loadCenterEnv();
  const log = createLogger("center-reconcile", env.LOG_LEVEL);
  const { db, close } = createCenterDb({ url: env.DATABASE_URL, poolSize: 2 });
  try {
    const graph = new GraphClient({ gatewayUrl: env.HUB_GATEWAY_URL, secret: env.HUB_GATEWAY_SECRET, timeoutMs: 60_000 });
    const report = await reconcile(db, defaultFeedSources(db, graph), new Date());
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    log.info({ gapCount: report.gapCount }, "reconciliation finished");
    if (report.gapCount > 0) process.exitCode = 1;
  } finally {
    await close();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(2);
});
