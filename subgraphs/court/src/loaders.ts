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
  };
}

export type CourtLoaders = ReturnType<typeof createCourtLoaders>;
