import "@hub/telemetry/register";
import { createLogger, runUntilSignalled } from "@hub/subgraph-kit";
import { loadProcuratorateEnv } from "./env";
import { createProcuratorateServer, migrateProcuratorate } from "./server";

void runUntilSignalled(async () => {
  const env = loadProcuratorateEnv();
  const log = createLogger("procuratorate", env.LOG_LEVEL);
  if (env.MIGRATE_ON_START) log.info(await migrateProcuratorate(env.DATABASE_URL), "migrations");
  const server = await createProcuratorateServer({ env, log });
  return {
    log,
    start: async () => `http://${env.HOST}:${await server.listen(env.PORT, env.HOST)}/graphql`,
    stop: () => server.stop(),
  };
});
