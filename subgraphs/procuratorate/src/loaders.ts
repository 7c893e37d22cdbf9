import { loaderById, loaderByParent } from "@hub/subgraph-kit";
import type { ProcuratorateDb } from "./db";

/** Per-request loaders: every list field and reference lookup goes through one of these. */
export function createProcuratorateLoaders(db: ProcuratorateDb) {
  return {
    eventsByDispute: loaderByParent(
      (ids) => db.eventLog.findMany({ where: { disputeId: { in: ids } }, orderBy: [{ disputeId: "asc" }, { seq: "asc" }] }),
      (row) => row.disputeId ?? "",
    ),
    supervisionCaseById: loaderById((ids) => db.supervisionCase.findMany({ where: { id: { in: ids } } })),
  };
}

export type ProcuratorateLoaders = ReturnType<typeof createProcuratorateLoaders>;
