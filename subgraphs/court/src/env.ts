import { loadSubgraphEnv, type SubgraphEnv } from "@hub/subgraph-kit";

export const COURT_DEFAULT_PORT = 4003;

export function loadCourtEnv(source: NodeJS.ProcessEnv = process.env): SubgraphEnv {
  return loadSubgraphEnv({ PORT: COURT_DEFAULT_PORT }, source);
}
