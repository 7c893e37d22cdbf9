import { loaderById, loaderByParent } from "@hub/subgraph-kit";
import type { CourtDb } from "./db";

/** Per-request loaders: every list field and reference lookup goes through one of these. */
export function createCourtLoaders(db: CourtDb) {
  return {
    eventsByDispute: loaderByParent(
      (ids) => db.eventLog.findMany({ where: { disputeId: { in: ids } }, orderBy: [{ disputeId: "asc" }, { seq: "asc" }] }),
      (row) => row.disputeId ?? "",
    ),
    courtById: loaderById((ids) => db.court.findMany({ where: { id: { in: ids } } })),
    applicationById: loaderById((ids) => db.confirmationApplication.findMany({ where: { id: { in: ids } } })),
    supplementOrdersByApplication: loaderByParent(
      (ids) => db.supplementOrder.findMany({ where: { applicationId: { in: ids } }, orderBy: [{ orderedAt: "asc" }, { id: "asc" }] }),
      (row) => row.applicationId,
    ),
    hearingsByApplication: loaderByParent(
      (ids) => db.partyHearing.findMany({ where: { applicationId: { in: ids } }, orderBy: [{ heardAt: "asc" }, { id: "asc" }] }),
      (row) => row.applicationId,
    ),
    servicesByApplication: loaderByParent(
      (ids) => db.rulingService.findMany({ where: { applicationId: { in: ids } }, orderBy: [{ servedAt: "asc" }, { id: "asc" }] }),
      (row) => row.applicationId,
    ),
    objectionsByApplication: loaderByParent(
      (ids) => db.rulingObjection.findMany({ where: { applicationId: { in: ids } }, orderBy: [{ filedAt: "asc" }, { id: "asc" }] }),
      (row) => row.applicationId,
    ),
    extensionsByApplication: loaderByParent(
      (ids) => db.conclusionExtension.findMany({ where: { applicationId: { in: ids } }, orderBy: [{ recordedAt: "asc" }, { id: "asc" }] }),
      (row) => row.applicationId,
    ),
  };
}

export type CourtLoaders = ReturnType<typeof createCourtLoaders>;
