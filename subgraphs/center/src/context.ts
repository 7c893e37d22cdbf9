import { isUuid, type FieldCipher, type HubContext } from "@hub/subgraph-kit";
import DataLoader from "dataloader";
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
  /** Brings all stage deadlines up to date once per request, before a list of them is read. */
  stagesRefreshed: () => Promise<void>;
  /** Brings the stage deadlines of the disputes loaded up to date, one refresh per tick. */
  stagesRefreshedFor: DataLoader<string, true>;
}

export function centerContext(services: CenterServices) {
  return (base: HubContext): CenterContext => {
    let refreshed: Promise<void> | null = null;
    return {
      ...base,
      ...services,
      loaders: createCenterLoaders(services.db),
      stagesRefreshed: () => (refreshed ??= refreshStages(services, base.now).then(() => undefined)),
      stagesRefreshedFor: new DataLoader(async (ids: readonly string[]) => {
        await refreshStages(services, base.now, ids.filter(isUuid));
        return ids.map(() => true as const);
      }),
    };
  };
}
