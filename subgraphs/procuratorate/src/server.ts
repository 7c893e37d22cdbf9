import path from "node:path";
import {
  applyMigrations,
  createDepartmentServer,
  GraphClient,
  type Logger,
  type SubgraphEnv,
  type SubgraphServer,
} from "@hub/subgraph-kit";
import { DEFAULT_RED_FLAG_CONFIG, type RedFlagConfig } from "./config/red-flags";
import { procuratorateContext } from "./context";
import { createProcuratorateDb, type ProcuratorateDb } from "./db";
import type { GraphReader } from "./graph/graph-reader";
import { centrePartyLinks, type PartyLinkEvidence } from "./red-flags/party-links";
import { buildProcuratorateSchema } from "./schema";

export const PROCURATORATE_MIGRATIONS = path.join(__dirname, "..", "prisma", "migrations");

export interface ProcuratorateServer extends SubgraphServer {
  db: ProcuratorateDb;
}

export interface ProcuratorateServerOptions {
  env: Pick<
    SubgraphEnv,
    "DATABASE_URL" | "DATABASE_POOL_SIZE" | "HUB_GATEWAY_SECRET" | "HUB_GATEWAY_SECRET_PREVIOUS" | "HUB_GATEWAY_URL" | "NODE_ENV"
  > & {
    /** The red-flag rules (loadProcuratorateEnv reads them); the defaults of src/config/red-flags.ts when absent. */
    redFlags?: RedFlagConfig;
  };
  log: Logger;
  onQuery?: (sql: string) => void;
  /** The subgraph's clock (`context.now`); tests move it to cross a time limit. */
  clock?: () => Date;
  /** Reads other departments through the gateway; a GraphClient on HUB_GATEWAY_URL unless given. */
  graph?: GraphReader;
  /** Shared phone/address/agent pairs; none until the centre exposes them (see README). */
  partyLinks?: PartyLinkEvidence;
}

/** Builds the procuratorate subgraph (schema, database, HTTP app) without listening. */
export async function createProcuratorateServer({
  env,
  log,
  onQuery,
  clock,
  graph,
  partyLinks,
}: ProcuratorateServerOptions): Promise<ProcuratorateServer> {
  const database = createProcuratorateDb({ url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE, onQuery });
  const { db } = database;
  return createDepartmentServer({
    name: "procuratorate",
    schema: await buildProcuratorateSchema(),
    env,
    log,
    extendContext: procuratorateContext({
      db,
      graph: graph ?? new GraphClient({ gatewayUrl: env.HUB_GATEWAY_URL, secret: env.HUB_GATEWAY_SECRET }),
      redFlags: env.redFlags ?? DEFAULT_RED_FLAG_CONFIG,
      partyLinks: partyLinks ?? centrePartyLinks,
    }),
    clock,
    database,
    ping: (client) => client.$queryRaw`SELECT 1`,
  });
}

export async function migrateProcuratorate(databaseUrl: string) {
  return applyMigrations(databaseUrl, PROCURATORATE_MIGRATIONS);
}
