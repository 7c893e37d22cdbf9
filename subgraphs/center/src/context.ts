import type { FieldCipher, HubContext } from "@hub/subgraph-kit";
import type { CenterDeadlines } from "./config/deadlines";
import type { DuplicateSettings } from "./config/duplicates";
import type { CenterDb } from "./db";
import type { GraphReader } from "./graph";
import { createScopedLoaders, type ScopedLoaders } from "./access/scoped-loaders";
import { createCenterLoaders, type CenterLoaders } from "./loaders";

/** What lives as long as the process: shared by every request, holding no request's data. */
export interface CenterServices {
  db: CenterDb;
  cipher: FieldCipher;
  graph: GraphReader;
  deadlines: CenterDeadlines;
  duplicates: DuplicateSettings;
}

export interface CenterContext extends HubContext, CenterServices {
  loaders: CenterLoaders;
  /** Reads by key narrowed to the caller's scope. */
  scoped: ScopedLoaders;
}

export function centerContext(services: CenterServices) {
  return (base: HubContext): CenterContext => ({
    ...base,
    ...services,
    loaders: createCenterLoaders(services.db),
    scoped: createScopedLoaders(services.db, base.actor),
  });
}
