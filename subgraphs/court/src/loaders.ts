import { loaderById, loaderByParent } from "@hub/subgraph-kit";
import type { CourtDb } from "./db";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Keys that are not UUIDs cannot match a row, and one of them in an `IN (...)` list would make
 * PostgreSQL reject the whole batch; so they are answered as missing without asking.
 */
function uuidsOnly<R>(fetch: (ids: string[]) => Promise<R[]>) {
  return async (ids: string[]): Promise<R[]> => {
    const valid = ids.filter((id) => UUID.test(id));
    return valid.length ? fetch(valid) : [];
  };
}

/** Per-request loaders: every list field and reference lookup goes through one of these. */
export function createCourtLoaders(db: CourtDb) {
  return {
    eventsByDispute: loaderByParent(
      (ids) => db.eventLog.findMany({ where: { disputeId: { in: ids } }, orderBy: [{ disputeId: "asc" }, { seq: "asc" }] }),
      (row) => row.disputeId ?? "",
    ),
    courtById: loaderById(uuidsOnly((ids) => db.court.findMany({ where: { id: { in: ids } } }))),
    applicationById: loaderById(uuidsOnly((ids) => db.confirmationApplication.findMany({ where: { id: { in: ids } } }))),
    applicationsByDispute: loaderByParent(
      uuidsOnly((disputeIds) =>
        db.confirmationApplication.findMany({
          where: { disputeId: { in: disputeIds } },
          orderBy: [{ filedAt: "desc" }, { id: "desc" }],
        }),
      ),
      (row) => row.disputeId,
    ),
  };
}

export type CourtLoaders = ReturnType<typeof createCourtLoaders>;
