import path from "node:path";
import { applyMigrations, createSubgraphServer, type Logger, type SubgraphEnv, type SubgraphServer } from "@hub/subgraph-kit";
import { procuratorateContext } from "./context";
import { createProcuratorateDb, type ProcuratorateDb } from "./db";
import { buildProcuratorateSchema } from "./schema";

export const PROCURATORATE_MIGRATIONS = path.join(__dirname, "..", "prisma", "migrations");

export interface ProcuratorateServer extends SubgraphServer {
  db: ProcuratorateDb;
}

export interface ProcuratorateServerOptions {
  env: Pick<SubgraphEnv, "DATABASE_URL" | "DATABASE_POOL_SIZE" | "HUB_GATEWAY_SECRET" | "NODE_ENV">;
  log: Logger;
  onQuery?: (sql: string) => void;
  /** The subgraph's clock (`context.now`); tests move it to cross a time limit. */
  clock?: () => Date;
}

/** Builds the procuratorate subgraph (schema, database, HTTP app) without listening. */
export async function createProcuratorateServer({ env, log, onQuery, clock }: ProcuratorateServerOptions): Promise<ProcuratorateServer> {
  const { db, close } = createProcuratorateDb({ url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE, onQuery });
  const server = await createSubgraphServer({
    name: "procuratorate",
    schema: await buildProcuratorateSchema(),
    gatewaySecret: env.HUB_GATEWAY_SECRET,
    log,
    production: env.NODE_ENV === "production",
    extendContext: procuratorateContext(db),
    clock,
    checkReady: async () => {
      await db.$queryRaw`SELECT 1`;
    },
  });
  return {
    ...server,
    db,
    async stop() {
      await server.stop();
      await close();
    },
  };
}

export async function migrateProcuratorate(databaseUrl: string) {
  return applyMigrations(databaseUrl, PROCURATORATE_MIGRATIONS);
}
