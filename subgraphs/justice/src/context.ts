import type { HubContext } from "@hub/subgraph-kit";
import type { JusticeDb } from "./db";
import { createJusticeLoaders, type JusticeLoaders } from "./loaders";

export interface JusticeContext extends HubContext {
  db: JusticeDb;
  loaders: JusticeLoaders;
}

export function justiceContext(db: JusticeDb) {
  return (base: HubContext): JusticeContext => ({ ...base, db, loaders: createJusticeLoaders(db) });
}
