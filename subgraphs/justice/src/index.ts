import "@hub/telemetry/register";
import { createLogger, runUntilSignalled } from "@hub/subgraph-kit";
import { loadJusticeEnv } from "./env";
import { createJusticeServer, migrateJustice } from "./server";

void runUntilSignalled(async () => {
  const env = loadJusticeEnv();
  const log = createLogger("justice", env.LOG_LEVEL);
  if (env.MIGRATE_ON_START) log.info(await migrateJustice(env.DATABASE_URL), "migrations");
  const server = await createJusticeServer({ env, log });
  return {
    log,
    start: async () => `http://${env.HOST}:${await server.listen(env.PORT, env.HOST)}/graphql`,
    stop: () => server.stop(),
  };
});
