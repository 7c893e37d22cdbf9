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
    supervisionCasesByDispute: loaderByParent(
      (disputeIds) =>
        db.supervisionCase.findMany({ where: { disputeId: { in: disputeIds } }, orderBy: [{ openedAt: "desc" }, { id: "desc" }] }),
      (row) => row.disputeId,
    ),
    /** Cases opened on own motion from a ruling or an agreement, by that lead's id. */
    supervisionCasesByLead: loaderByParent(
      (leadIds) => db.supervisionCase.findMany({ where: { leadId: { in: leadIds } }, orderBy: [{ openedAt: "desc" }, { id: "desc" }] }),
      (row) => row.leadId ?? "",
    ),
  };
}

export type ProcuratorateLoaders = ReturnType<typeof createProcuratorateLoaders>;
