import path from "node:path";
import {
  applyMigrations,
  createDepartmentServer,
  GraphClient,
  type Logger,
  type SubgraphEnv,
  type SubgraphServer,
} from "@hub/subgraph-kit";
import { courtDeadlines, type CourtDeadlines } from "./config/deadlines";
import { DEFAULT_INTERMEDIATE_FIRST_INSTANCE, type FirstInstanceRule } from "./config/first-instance";
import { courtContext } from "./context";
import { createCourtDb, type CourtDb } from "./db";
import type { GraphReader } from "./graph";
import { buildCourtSchema } from "./schema";

export const COURT_MIGRATIONS = path.join(__dirname, "..", "prisma", "migrations");

export interface CourtServer extends SubgraphServer {
  db: CourtDb;
}

export interface CourtServerOptions {
  env: Pick<
    SubgraphEnv,
    "DATABASE_URL" | "DATABASE_POOL_SIZE" | "HUB_GATEWAY_SECRET" | "HUB_GATEWAY_SECRET_PREVIOUS" | "HUB_GATEWAY_URL" | "NODE_ENV"
  > & {
    deadlines?: CourtDeadlines;
    firstInstance?: FirstInstanceRule;
    COURT_OWN_CONCLUSION_LIMIT?: boolean;
  };
  log: Logger;
  onQuery?: (sql: string) => void;
  /** Reads other departments through the graph; by default a GraphClient on the gateway. */
  graph?: GraphReader;
  /** The court's clock; tests move it to cross a time limit. */
  clock?: () => Date;
}

/** Builds the court subgraph (schema, database, HTTP app) without listening. */
export async function createCourtServer({ env, log, onQuery, graph, clock }: CourtServerOptions): Promise<CourtServer> {
  const database = createCourtDb({ url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE, onQuery });
  const { db } = database;
  const reader = graph ?? new GraphClient({ gatewayUrl: env.HUB_GATEWAY_URL, secret: env.HUB_GATEWAY_SECRET });
  return createDepartmentServer({
    name: "court",
    schema: await buildCourtSchema(),
    env,
    log,
    extendContext: courtContext(db, reader, {
      deadlines: env.deadlines ?? courtDeadlines.defaults,
      firstInstance: env.firstInstance ?? DEFAULT_INTERMEDIATE_FIRST_INSTANCE,
      ownConclusionLimit: env.COURT_OWN_CONCLUSION_LIMIT ?? false,
    }),
    clock,
    database,
    ping: (client) => client.$queryRaw`SELECT 1`,
  });
}

export async function migrateCourt(databaseUrl: string) {
  return applyMigrations(databaseUrl, COURT_MIGRATIONS);
}
