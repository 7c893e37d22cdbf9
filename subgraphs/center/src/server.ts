import path from "node:path";
import { applyMigrations, createDepartmentServer, FieldCipher, GraphClient, type Logger, type SubgraphServer } from "@hub/subgraph-kit";
import { centerDeadlines, type CenterDeadlines } from "./config/deadlines";
import { DEFAULT_DUPLICATE_SETTINGS, type DuplicateSettings } from "./config/duplicates";
import { DEFAULT_RECEIVED_AT_FLOOR } from "./config/intake";
import { DEFAULT_OVERSIGHT, type OversightConfig } from "./config/oversight";
import { DEFAULT_HANDLING_TIERS, type HandlingTiers } from "./config/handling-tiers";
import { centerContext, type CenterServices } from "./context";
import { createCenterDb, type CenterDb } from "./db";
import type { CenterEnv } from "./env";
import type { GraphReader } from "./graph";
import { registerCenterGauges } from "./observability/center-metrics";
import { buildCenterSchema } from "./schema";
import type { EgressPolicy } from "./webhooks/egress/egress-policy";
import { systemLookup, type HostLookup } from "./webhooks/egress/endpoint";

export const CENTER_MIGRATIONS = path.join(__dirname, "..", "prisma", "migrations");

export interface CenterServer extends SubgraphServer {
  db: CenterDb;
  /** What every request shares; the background workers and the 督办 job run on them too. */
  services: CenterServices;
}

export interface CenterServerOptions {
  env: Pick<
    CenterEnv,
    | "DATABASE_URL"
    | "DATABASE_POOL_SIZE"
    | "HUB_GATEWAY_SECRET"
    | "HUB_GATEWAY_SECRET_PREVIOUS"
    | "HUB_GATEWAY_URL"
    | "NODE_ENV"
    | "HUB_DATA_KEYS"
    | "HUB_DATA_KEY_CURRENT"
    | "HUB_BLIND_INDEX_KEY"
  > & {
    deadlines?: CenterDeadlines;
    duplicates?: DuplicateSettings;
    oversight?: OversightConfig;
    handlingTiers?: HandlingTiers;
    webhookEgress?: EgressPolicy;
    receivedAtFloor?: Date;
  };
  log: Logger;
  onQuery?: (sql: string) => void;
  /** The subgraph's clock (`context.now`); tests move it to cross a time limit. */
  clock?: () => Date;
  /** Reads other departments through the graph; by default a GraphClient on the gateway. */
  graph?: GraphReader;
  /** Resolves webhook hosts; the system resolver by default (tests give a fixed one). */
  webhookLookup?: HostLookup;
}

/** Builds the centre subgraph (schema, database, HTTP app) without listening. */
export async function createCenterServer({ env, log, onQuery, graph, clock, webhookLookup }: CenterServerOptions): Promise<CenterServer> {
  const cipher = new FieldCipher({ keys: env.HUB_DATA_KEYS, currentKeyId: env.HUB_DATA_KEY_CURRENT, indexKey: env.HUB_BLIND_INDEX_KEY });
  const database = createCenterDb({ url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE, onQuery });
  const { db } = database;
  const services: CenterServices = {
    db,
    cipher,
    graph: graph ?? new GraphClient({ gatewayUrl: env.HUB_GATEWAY_URL, secret: env.HUB_GATEWAY_SECRET }),
    deadlines: env.deadlines ?? centerDeadlines.defaults,
    duplicates: env.duplicates ?? DEFAULT_DUPLICATE_SETTINGS,
    oversight: env.oversight ?? DEFAULT_OVERSIGHT,
    webhookEgress: {
      policy: env.webhookEgress ?? { requireHttps: env.NODE_ENV === "production", allowedHosts: [], allowedNetworks: [] },
      lookup: webhookLookup ?? systemLookup,
    },
    receivedAtFloor: env.receivedAtFloor ?? DEFAULT_RECEIVED_AT_FLOOR,
    handlingTiers: env.handlingTiers ?? DEFAULT_HANDLING_TIERS,
  };
  const server = await createDepartmentServer({
    name: "center",
    schema: await buildCenterSchema(),
    env,
    log,
    extendContext: centerContext(services),
    clock,
    database,
    ping: (client) => client.$queryRaw`SELECT 1`,
  });
  registerCenterGauges(server.metrics, db, clock);
  return { ...server, services };
}

export async function migrateCenter(databaseUrl: string) {
  return applyMigrations(databaseUrl, CENTER_MIGRATIONS);
}
