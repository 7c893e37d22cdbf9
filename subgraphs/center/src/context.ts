import type { FieldCipher, HubContext } from "@hub/subgraph-kit";
import type { CenterDeadlines } from "./config/deadlines";
import type { OversightConfig } from "./config/oversight";
import type { CenterDb } from "./db";
import type { GraphReader } from "./graph";
import { createCenterLoaders, type CenterLoaders } from "./loaders";
import { refreshStages } from "./oversight/refresh-stages";

/** What lives as long as the process: shared by every request, holding no request's data. */
export interface CenterServices {
  db: CenterDb;
  cipher: FieldCipher;
  graph: GraphReader;
  deadlines: CenterDeadlines;
  oversight: OversightConfig;
}

export interface CenterContext extends HubContext, CenterServices {
  loaders: CenterLoaders;
  /** Brings the stage deadlines up to date once per request, before the first read of them. */
  stagesRefreshed: () => Promise<void>;
}

export function centerContext(services: CenterServices) {
  return (base: HubContext): CenterContext => {
    let refreshed: Promise<void> | null = null;
    return {
      ...base,
      ...services,
      loaders: createCenterLoaders(services.db),
      stagesRefreshed: () => (refreshed ??= refreshStages(services, base.now).then(() => undefined)),
    };
  };
}
