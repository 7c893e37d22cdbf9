import type { HubContext } from "@hub/subgraph-kit";
import type { CourtDb } from "./db";
import { createCourtLoaders, type CourtLoaders } from "./loaders";

export interface CourtContext extends HubContext {
  db: CourtDb;
  loaders: CourtLoaders;
}

export function courtContext(db: CourtDb) {
  return (base: HubContext): CourtContext => ({ ...base, db, loaders: createCourtLoaders(db) });
}
