import path from "node:path";
import { applyMigrations, createDepartmentServer, type Logger, type SubgraphEnv, type SubgraphServer } from "@hub/subgraph-kit";
import { procuratorateContext } from "./context";
import { createProcuratorateDb, type ProcuratorateDb } from "./db";
import { buildProcuratorateSchema } from "./schema";

export const PROCURATORATE_MIGRATIONS = path.join(__dirname, "..", "prisma", "migrations");

export interface ProcuratorateServer extends SubgraphServer {
  db: ProcuratorateDb;
}

export interface ProcuratorateServerOptions {
  env: Pick<SubgraphEnv, "DATABASE_URL" | "DATABASE_POOL_SIZE" | "HUB_GATEWAY_SECRET" | "HUB_GATEWAY_SECRET_PREVIOUS" | "NODE_ENV">;
  log: Logger;
  onQuery?: (sql: string) => void;
  /** The subgraph's clock (`context.now`); tests move it to cross a time limit. */
  clock?: () => Date;
}

/** Builds the procuratorate subgraph (schema, database, HTTP app) without listening. */
export async function createProcuratorateServer({ env, log, onQuery, clock }: ProcuratorateServerOptions): Promise<ProcuratorateServer> {
  const database = createProcuratorateDb({ url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE, onQuery });
  const { db } = database;
  return createDepartmentServer({
    name: "procuratorate",
    schema: await buildProcuratorateSchema(),
    env,
    log,
    extendContext: procuratorateContext(db),
    clock,
    database,
    ping: (client) => client.$queryRaw`SELECT 1`,
  });
}

export async function migrateProcuratorate(databaseUrl: string) {
  return applyMigrations(databaseUrl, PROCURATORATE_MIGRATIONS);
}
