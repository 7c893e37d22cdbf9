import { isUuid, loaderById, loaderByParent, scopeOf, type Actor } from "@hub/subgraph-kit";
import type { Prisma } from "../../generated/client";
import type { CourtDb } from "../db";

/** The caller's ConfirmationApplication scope (kit SCOPE_RULES) as a WHERE clause. */
export function applicationScopeWhere(actor: Actor): Prisma.ConfirmationApplicationWhereInput {
  const { jurisdiction, organisation, disputePlace, committee, committeeArea } = scopeOf("ConfirmationApplication", actor);
  const any: Prisma.ConfirmationApplicationWhereInput[] = [];
  if (jurisdiction) any.push({ court: { divisionCode: { startsWith: jurisdiction } } });
  if (disputePlace) any.push({ disputePlaceCode: { startsWith: disputePlace } });
  if (organisation && isUuid(organisation)) any.push({ courtId: organisation });
  if (committee && isUuid(committee)) any.push({ mediatingCommitteeId: committee });
  if (committeeArea) any.push({ mediatingCommitteeDivisionCode: { startsWith: committeeArea } });
  return any.length ? { OR: any } : { id: { in: [] } };
}

/**
 * Reads narrowed to the caller's ConfirmationApplication scope in their SQL: by key (root fields
 * and `_entities`) and by dispute (`Dispute.confirmationApplications`), one rule for all three paths.
 */
export function createScopedLoaders(db: CourtDb, actor: Actor) {
  const scope = applicationScopeWhere(actor);
  return {
    application: loaderById((ids) => db.confirmationApplication.findMany({ where: { AND: [{ id: { in: ids } }, scope] } })),
    applicationsByDispute: loaderByParent(
      (disputeIds) =>
        db.confirmationApplication.findMany({
          where: { AND: [{ disputeId: { in: disputeIds } }, scope] },
          orderBy: [{ filedAt: "desc" }, { id: "desc" }],
        }),
      (row) => row.disputeId,
    ),
  };
}

export type ScopedLoaders = ReturnType<typeof createScopedLoaders>;
