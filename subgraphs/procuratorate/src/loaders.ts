import { loaderById, loaderByParent } from "@hub/subgraph-kit";
import type { ProcuratorateDb } from "./db";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Keys arriving through `_entities` are not validated by any argument check; a malformed one
 * would make PostgreSQL reject the whole batch, so it is left out and resolves to nothing.
 */
function uuidsOf(keys: string[]): string[] {
  return keys.filter((key) => UUID.test(key));
}

/** Per-request loaders: every list field and reference lookup goes through one of these. */
export function createProcuratorateLoaders(db: ProcuratorateDb) {
  return {
    eventsByDispute: loaderByParent(
      (ids) => db.eventLog.findMany({ where: { disputeId: { in: ids } }, orderBy: [{ disputeId: "asc" }, { seq: "asc" }] }),
      (row) => row.disputeId ?? "",
    ),
    supervisionCaseById: loaderById(async (ids) => {
      const keys = uuidsOf(ids);
      return keys.length ? db.supervisionCase.findMany({ where: { id: { in: keys } } }) : [];
    }),
    supervisionCasesByDispute: loaderByParent(
      async (disputeIds) => {
        const keys = uuidsOf(disputeIds);
        return keys.length
          ? db.supervisionCase.findMany({ where: { disputeId: { in: keys } }, orderBy: [{ openedAt: "desc" }, { id: "desc" }] })
          : [];
      },
      (row) => row.disputeId,
    ),
  };
}

export type ProcuratorateLoaders = ReturnType<typeof createProcuratorateLoaders>;
