import { loaderById, loaderByParent, type Actor } from "@hub/subgraph-kit";
import type { ProcuratorateDb } from "../db";
import { supervisionScopeWhere } from "./supervision-scope";

/**
 * Per-request loaders that apply the caller's SupervisionCase scope in their SQL: by key (root
 * fields and `_entities`), by dispute (`Dispute.supervisionCases`) and by lead, one rule for every path.
 */
export function createScopedLoaders(db: ProcuratorateDb, actor: Actor) {
  const scope = supervisionScopeWhere(actor);
  return {
    /** A supervision case in the caller's scope, or null (absent and out of scope look the same). */
    supervisionCase: loaderById((ids) => db.supervisionCase.findMany({ where: { AND: [{ id: { in: ids } }, scope] } })),
    supervisionCasesByDispute: loaderByParent(
      (disputeIds) =>
        db.supervisionCase.findMany({
          where: { AND: [{ disputeId: { in: disputeIds } }, scope] },
          orderBy: [{ openedAt: "desc" }, { id: "desc" }],
        }),
      (row) => row.disputeId,
    ),
    /** Cases opened on own motion from a ruling or an agreement, by that lead's id. */
    supervisionCasesByLead: loaderByParent(
      (leadIds) =>
        db.supervisionCase.findMany({
          where: { AND: [{ leadId: { in: leadIds } }, scope] },
          orderBy: [{ openedAt: "desc" }, { id: "desc" }],
        }),
      (row) => row.leadId ?? "",
    ),
  };
}

export type ScopedLoaders = ReturnType<typeof createScopedLoaders>;
