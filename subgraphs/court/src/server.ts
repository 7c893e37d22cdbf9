import type { SubgraphServer } from "@hub/subgraph-kit";
import type { CourtDb } from "./db";
import { court } from "./department";

export type { CourtServerOptions } from "./department";

export const COURT_MIGRATIONS = court.migrations;

export interface CourtServer extends SubgraphServer {
  db: CourtDb;
}

/** Builds the court subgraph (schema, database, HTTP app) without listening. */
export const createCourtServer = court.createServer;
export const migrateCourt = court.migrate;
