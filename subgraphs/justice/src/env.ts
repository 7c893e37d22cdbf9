import { loadSubgraphEnv, type SubgraphEnv } from "@hub/subgraph-kit";

export const JUSTICE_DEFAULT_PORT = 4002;

export function loadJusticeEnv(source: NodeJS.ProcessEnv = process.env): SubgraphEnv {
  return loadSubgraphEnv({ PORT: JUSTICE_DEFAULT_PORT }, source);
}
