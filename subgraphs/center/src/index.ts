import "@hub/telemetry/register";
import { createLogger, runUntilSignalled } from "@hub/subgraph-kit";
import { loadCenterEnv } from "./env";
import { registerConsumerGauges } from "./observability/center-metrics";
import { startOversightJob } from "./oversight/oversight-job";
import { createCenterServer, migrateCenter } from "./server";
import { startCenterWorkers, type CenterWorkers } from "./workers";

void runUntilSignalled(async () => {
  const env = loadCenterEnv();
  const log = createLogger("center", env.LOG_LEVEL);
  if (env.MIGRATE_ON_START) log.info(await migrateCenter(env.DATABASE_URL), "migrations");
  const server = await createCenterServer({ env, log });
  let workers: CenterWorkers | null = null;
  let stopJob: (() => Promise<void>) | null = null;
  registerConsumerGauges(server.metrics, () => workers?.consumer.lag ?? null);
  return {
    log,
    start: async () => {
      const url = `http://${env.HOST}:${await server.listen(env.PORT, env.HOST)}/graphql`;
      if (env.CENTER_WORKERS === "on")
        workers = startCenterWorkers({
          db: server.db,
          graph: server.services.graph,
          cipher: server.services.cipher,
          egress: server.services.webhookEgress,
          env,
          log,
        });
      if (env.CENTER_OVERSIGHT_INTERVAL_SECONDS > 0) {
        stopJob = startOversightJob(server.services, env.CENTER_OVERSIGHT_INTERVAL_SECONDS, log.child({ job: "oversight" }));
      }
      return url;
    },
    stop: async () => {
      await workers?.stop();
      await stopJob?.();
      await server.stop();
    },
  };
});
