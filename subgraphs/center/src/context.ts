import { isUuid, type FieldCipher, type HubContext } from "@hub/subgraph-kit";
import DataLoader from "dataloader";
import type { CenterDeadlines } from "./config/deadlines";
import type { DuplicateSettings } from "./config/duplicates";
import type { OversightConfig } from "./config/oversight";
import type { HandlingTiers } from "./config/handling-tiers";
import type { CenterDb } from "./db";
import type { GraphReader } from "./graph";
import type { Egress } from "./webhooks/egress/post-to-endpoint";
import { createScopedLoaders, type ScopedLoaders } from "./access/scoped-loaders";
import { createCenterLoaders, type CenterLoaders } from "./loaders";
import { refreshStages, type RefreshScope } from "./oversight/refresh-stages";

/** What lives as long as the process: shared by every request, holding no request's data. */
export interface CenterServices {
  db: CenterDb;
  cipher: FieldCipher;
  graph: GraphReader;
  deadlines: CenterDeadlines;
  duplicates: DuplicateSettings;
  oversight: OversightConfig;
  /** Where partner webhooks may be sent, and how their hosts are resolved. */
  webhookEgress: Egress;
  /** The earliest `receivedAt` a receipt may record. */
  receivedAtFloor: Date;
  /** The centres' local handling tiers (繁简分流), by division code. */
  handlingTiers: HandlingTiers;
}

export interface CenterContext extends HubContext, CenterServices {
  loaders: CenterLoaders;
  /** Reads by key narrowed to the caller's scope. */
  scoped: ScopedLoaders;
  /** Brings the stage deadlines a list reads up to date, once per request and scope. */
  stagesRefreshed: (scope: RefreshScope) => Promise<void>;
  /** Brings the stage deadlines of the disputes loaded up to date, one refresh per tick. */
  stagesRefreshedFor: DataLoader<string, true>;
}

export function centerContext(services: CenterServices) {
  return (base: HubContext): CenterContext => {
    const refreshed = new Map<string, Promise<void>>();
    return {
      ...base,
      ...services,
      loaders: createCenterLoaders(services.db),
      scoped: createScopedLoaders(services.db, base.actor),
      stagesRefreshed: (scope) => {
        const key = JSON.stringify(scope);
        const done = refreshed.get(key) ?? refreshStages(services, base.now, scope).then(() => undefined);
        refreshed.set(key, done);
        return done;
      },
      stagesRefreshedFor: new DataLoader(async (ids: readonly string[]) => {
        await refreshStages(services, base.now, { kind: "disputes", ids: ids.filter(isUuid) });
        return ids.map(() => true as const);
      }),
    };
  };
}
