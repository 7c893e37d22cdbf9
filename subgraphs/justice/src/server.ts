import type { SubgraphServer } from "@hub/subgraph-kit";
import type { JusticeDb } from "./db";
import { justice } from "./department";

export type { JusticeServerOptions } from "./department";

export const JUSTICE_MIGRATIONS = justice.migrations;

export interface JusticeServer extends SubgraphServer {
  db: JusticeDb;
}

/** Builds the justice subgraph (schema, database, HTTP app) without listening. */
export const createJusticeServer = justice.createServer;
export const migrateJustice = justice.migrate;
