import type { HubContext } from "@hub/subgraph-kit";
import type { RedFlagConfig } from "./config/red-flags";
import type { ProcuratorateDb } from "./db";
import type { GraphReader } from "./graph/graph-reader";
import { ProcuratorateGraph } from "./graph/procuratorate-graph";
import { createScopedLoaders, type ScopedLoaders } from "./access/scoped-loaders";
import { createProcuratorateLoaders, type ProcuratorateLoaders } from "./loaders";
import type { PartyLinkEvidence } from "./red-flags/party-links";
import { createScreenLoader, type ScreenLoader } from "./red-flags/screening";

/** What lives as long as the process: shared by every request, holding no request's data. */
export interface ProcuratorateServices {
  db: ProcuratorateDb;
  graph: GraphReader;
  redFlags: RedFlagConfig;
  partyLinks: PartyLinkEvidence;
}

export interface ProcuratorateContext extends HubContext {
  db: ProcuratorateDb;
  loaders: ProcuratorateLoaders;
  /** Other departments' data, read through the gateway as this request's actor. */
  graph: ProcuratorateGraph;
  redFlags: RedFlagConfig;
  partyLinks: PartyLinkEvidence;
  /** Red-flag screens of disputes, batched per tick. */
  screens: ScreenLoader;
  /** Reads by key narrowed to the caller's scope. */
  scoped: ScopedLoaders;
}

export function procuratorateContext({ db, graph, redFlags, partyLinks }: ProcuratorateServices) {
  return (base: HubContext): ProcuratorateContext => {
    const context = {
      ...base,
      db,
      loaders: createProcuratorateLoaders(db),
      scoped: createScopedLoaders(db, base.actor),
      graph: new ProcuratorateGraph(graph, base),
      redFlags,
      partyLinks,
    };
    return { ...context, screens: createScreenLoader(context) };
  };
}
