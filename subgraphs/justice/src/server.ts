import path from "node:path";
import {
  applyMigrations,
  createDepartmentServer,
  GraphClient,
  type Logger,
  type SubgraphEnv,
  type SubgraphServer,
} from "@hub/subgraph-kit";
import { justiceDeadlines, type JusticeDeadlines } from "./config/deadlines";
import { justiceContext } from "./context";
import { createJusticeDb, type JusticeDb } from "./db";
import type { GraphReader } from "./graph/graph-reader";
import { buildJusticeSchema } from "./schema";

export const JUSTICE_MIGRATIONS = path.join(__dirname, "..", "prisma", "migrations");

export interface JusticeServer extends SubgraphServer {
  db: JusticeDb;
}

export interface JusticeServerOptions {
  env: Pick<
    SubgraphEnv,
    "DATABASE_URL" | "DATABASE_POOL_SIZE" | "HUB_GATEWAY_SECRET" | "HUB_GATEWAY_SECRET_PREVIOUS" | "HUB_GATEWAY_URL" | "NODE_ENV"
  > & {
    /** The mediation time limits (loadJusticeEnv reads them); the defaults of src/config/deadlines.ts when absent. */
    deadlines?: JusticeDeadlines;
  };
  log: Logger;
  onQuery?: (sql: string) => void;
  /** The subgraph's clock (`context.now`); tests move it to cross a time limit. */
  clock?: () => Date;
  /** Reads other departments through the gateway; a GraphClient on HUB_GATEWAY_URL unless given (tests pass a stub). */
  graph?: GraphReader;
}

/** Builds the justice subgraph (schema, database, HTTP app) without listening. */
export async function createJusticeServer({ env, log, onQuery, graph, clock }: JusticeServerOptions): Promise<JusticeServer> {
  const database = createJusticeDb({ url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE, onQuery });
  const { db } = database;
  return createDepartmentServer({
    name: "justice",
    schema: await buildJusticeSchema(),
    env,
    log,
    extendContext: justiceContext({
      db,
      graph: graph ?? new GraphClient({ gatewayUrl: env.HUB_GATEWAY_URL, secret: env.HUB_GATEWAY_SECRET }),
      deadlines: env.deadlines ?? justiceDeadlines.defaults,
    }),
    clock,
    database,
    ping: (client) => client.$queryRaw`SELECT 1`,
  });
}

export async function migrateJustice(databaseUrl: string) {
  return applyMigrations(databaseUrl, JUSTICE_MIGRATIONS);
}
