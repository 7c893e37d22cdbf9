import path from "node:path";
import { applyMigrations, createSubgraphServer, type Logger, type SubgraphEnv, type SubgraphServer } from "@hub/subgraph-kit";
import { justiceContext } from "./context";
import { createJusticeDb, type JusticeDb } from "./db";
import { buildJusticeSchema } from "./schema";

export const JUSTICE_MIGRATIONS = path.join(__dirname, "..", "prisma", "migrations");

export interface JusticeServer extends SubgraphServer {
  db: JusticeDb;
}

export interface JusticeServerOptions {
  env: Pick<SubgraphEnv, "DATABASE_URL" | "DATABASE_POOL_SIZE" | "HUB_GATEWAY_SECRET" | "NODE_ENV">;
  log: Logger;
  onQuery?: (sql: string) => void;
}

/** Builds the justice subgraph (schema, database, HTTP app) without listening. */
export async function createJusticeServer({ env, log, onQuery }: JusticeServerOptions): Promise<JusticeServer> {
  const { db, close } = createJusticeDb({ url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE, onQuery });
  const server = await createSubgraphServer({
    name: "justice",
    schema: await buildJusticeSchema(),
    gatewaySecret: env.HUB_GATEWAY_SECRET,
    log,
    production: env.NODE_ENV === "production",
    extendContext: justiceContext(db),
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

export async function migrateJustice(databaseUrl: string) {
  return applyMigrations(databaseUrl, JUSTICE_MIGRATIONS);
}
