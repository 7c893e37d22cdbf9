import type { HubContext } from "@hub/subgraph-kit";
import type { CourtDeadlines } from "./config/deadlines";
import type { CourtDb } from "./db";
import type { GraphReader } from "./graph";
import { createScopedLoaders, type ScopedLoaders } from "./access/scoped-loaders";
import { createCourtLoaders, type CourtLoaders } from "./loaders";

export interface CourtContext extends HubContext {
  db: CourtDb;
  loaders: CourtLoaders;
  /** Reads by key narrowed to the caller's scope. */
  scoped: ScopedLoaders;
  graph: GraphReader;
  deadlines: CourtDeadlines;
}

export function courtContext(db: CourtDb, graph: GraphReader, deadlines: CourtDeadlines) {
  return (base: HubContext): CourtContext => ({
    ...base,
    db,
    graph,
    deadlines,
    loaders: createCourtLoaders(db),
    scoped: createScopedLoaders(db, base.actor),
  });
}
