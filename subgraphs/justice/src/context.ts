import type { HubContext } from "@hub/subgraph-kit";
import type { JusticeDeadlines } from "./config/deadlines";
import type { JusticeDb } from "./db";
import type { GraphReader } from "./graph/graph-reader";
import { JusticeGraph } from "./graph/justice-graph";
import { createScopedLoaders, type ScopedLoaders } from "./access/scoped-loaders";
import { createJusticeLoaders, type JusticeLoaders } from "./loaders";

/** What lives as long as the process: shared by every request, holding no request's data. */
export interface JusticeServices {
  db: JusticeDb;
  graph: GraphReader;
  deadlines: JusticeDeadlines;
}

export interface JusticeContext extends HubContext {
  db: JusticeDb;
  deadlines: JusticeDeadlines;
  loaders: JusticeLoaders;
  /** Reads by key narrowed to the caller's scope. */
  scoped: ScopedLoaders;
  /** Other departments' data, read through the gateway as this request's actor. */
  graph: JusticeGraph;
}

export function justiceContext({ db, graph, deadlines }: JusticeServices) {
  return (base: HubContext): JusticeContext => ({
    ...base,
    db,
    deadlines,
    loaders: createJusticeLoaders(db),
    scoped: createScopedLoaders(db, base.actor),
    graph: new JusticeGraph(graph, base),
  });
}
