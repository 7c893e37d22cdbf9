import type { HubContext } from "@hub/subgraph-kit";
import type { CourtDeadlines } from "./config/deadlines";
import type { FirstInstanceRule } from "./config/first-instance";
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
  /** 民事诉讼法 art 205(2): which disputes an intermediate court hears at first instance */
  firstInstance: FirstInstanceRule;
  /** Whether the 2011 provisions' 15 days is the court's own limit (extendable with the president's approval) */
  ownConclusionLimit: boolean;
}

export interface CourtRules {
  deadlines: CourtDeadlines;
  firstInstance: FirstInstanceRule;
  ownConclusionLimit: boolean;
}

export function courtContext(db: CourtDb, graph: GraphReader, rules: CourtRules) {
  return (base: HubContext): CourtContext => ({
    ...base,
    db,
    graph,
    ...rules,
    loaders: createCourtLoaders(db),
    scoped: createScopedLoaders(db, base.actor),
  });
}
