import { loaderById, loaderByParent } from "@hub/subgraph-kit";
import type { JusticeDb } from "./db";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Keys that can be in a uuid column. A malformed key (say, from a federation representation)
 * would make PostgreSQL reject the whole batch; dropped here, it simply resolves to nothing.
 */
function uuidsOnly(keys: string[]): string[] {
  return keys.filter((key) => UUID.test(key));
}

/** Per-request loaders: every list field and reference lookup goes through one of these. */
export function createJusticeLoaders(db: JusticeDb) {
  return {
    eventsByDispute: loaderByParent(
      (ids) => db.eventLog.findMany({ where: { disputeId: { in: ids } }, orderBy: [{ disputeId: "asc" }, { seq: "asc" }] }),
      (row) => row.disputeId ?? "",
    ),
    committeeById: loaderById((ids) => db.mediationCommittee.findMany({ where: { id: { in: uuidsOnly(ids) } } })),
    caseById: loaderById((ids) => db.mediationCase.findMany({ where: { id: { in: uuidsOnly(ids) } } })),
    casesByDispute: loaderByParent(
      (ids) =>
        db.mediationCase.findMany({
          where: { disputeId: { in: uuidsOnly(ids) } },
          orderBy: [{ disputeId: "asc" }, { acceptedAt: "desc" }, { id: "desc" }],
        }),
      (row) => row.disputeId,
    ),
  };
}

export type JusticeLoaders = ReturnType<typeof createJusticeLoaders>;
