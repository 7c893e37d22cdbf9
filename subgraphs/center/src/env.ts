import { loadSubgraphEnv, type SubgraphEnv } from "@hub/subgraph-kit";

export const CENTER_DEFAULT_PORT = 4001;

export function loadCenterEnv(source: NodeJS.ProcessEnv = process.env): SubgraphEnv {
  return loadSubgraphEnv({ PORT: CENTER_DEFAULT_PORT }, source);
}
