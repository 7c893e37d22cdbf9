import { loadSubgraphEnv, type SubgraphEnv } from "@hub/subgraph-kit";

export const PROCURATORATE_DEFAULT_PORT = 4004;

export function loadProcuratorateEnv(source: NodeJS.ProcessEnv = process.env): SubgraphEnv {
  return loadSubgraphEnv({ PORT: PROCURATORATE_DEFAULT_PORT }, source);
}
