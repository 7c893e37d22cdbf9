import type { HubContext } from "@hub/subgraph-kit";
import type { CenterDb } from "./db";
import { createCenterLoaders, type CenterLoaders } from "./loaders";

export interface CenterContext extends HubContext {
  db: CenterDb;
  loaders: CenterLoaders;
}

export function centerContext(db: CenterDb) {
  return (base: HubContext): CenterContext => ({ ...base, db, loaders: createCenterLoaders(db) });
}
