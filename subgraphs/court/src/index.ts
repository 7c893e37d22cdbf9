import "@hub/telemetry/register";
import { createLogger, runUntilSignalled } from "@hub/subgraph-kit";
import { loadCourtEnv } from "./env";
import { createCourtServer, migrateCourt } from "./server";

void runUntilSignalled(async () => {
  const env = loadCourtEnv();
  const log = createLogger("court", env.LOG_LEVEL);
  log.info({ deadlines: env.deadlines, file: env.COURT_DEADLINES_FILE ?? null }, "confirmation time limits");
  if (env.MIGRATE_ON_START) log.info(await migrateCourt(env.DATABASE_URL), "migrations");
  const server = await createCourtServer({ env, log });
  return {
    log,
    start: async () => `http://${env.HOST}:${await server.listen(env.PORT, env.HOST)}/graphql`,
    stop: () => server.stop(),
  };
});
