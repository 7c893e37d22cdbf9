import type { HubContext } from "@hub/subgraph-kit";
import type { ProcuratorateDb } from "./db";
import { createProcuratorateLoaders, type ProcuratorateLoaders } from "./loaders";

export interface ProcuratorateContext extends HubContext {
  db: ProcuratorateDb;
  loaders: ProcuratorateLoaders;
}

export function procuratorateContext(db: ProcuratorateDb) {
  return (base: HubContext): ProcuratorateContext => ({ ...base, db, loaders: createProcuratorateLoaders(db) });
}
