import type { HubContext } from "@hub/subgraph-kit";
import type { ProcuratorateDb } from "./db";
import { createScopedLoaders, type ScopedLoaders } from "./access/scoped-loaders";
import { createProcuratorateLoaders, type ProcuratorateLoaders } from "./loaders";

export interface ProcuratorateContext extends HubContext {
  db: ProcuratorateDb;
  loaders: ProcuratorateLoaders;
  /** Reads by key narrowed to the caller's scope. */
  scoped: ScopedLoaders;
}

export function procuratorateContext(db: ProcuratorateDb) {
  return (base: HubContext): ProcuratorateContext => ({
    ...base,
    db,
    loaders: createProcuratorateLoaders(db),
    scoped: createScopedLoaders(db, base.actor),
  });
}
