import { createLogger, runUntilSignalled } from "@hub/subgraph-kit";
import { loadCenterEnv } from "./env";
import { createCenterServer, migrateCenter } from "./server";

void runUntilSignalled(async () => {
  const env = loadCenterEnv();
  const log = createLogger("center", env.LOG_LEVEL);
  if (env.MIGRATE_ON_START) log.info(await migrateCenter(env.DATABASE_URL), "migrations");
  const server = await createCenterServer({ env, log });
  return {
    log,
    start: async () => `http://${env.HOST}:${await server.listen(env.PORT, env.HOST)}/graphql`,
    stop: () => server.stop(),
  };
});
