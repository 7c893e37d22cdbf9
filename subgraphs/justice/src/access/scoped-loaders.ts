import { isUuid, loaderById, loaderByParent, scopeOf, type Actor } from "@hub/subgraph-kit";
import type { Prisma } from "../../generated/client";
import type { JusticeDb } from "../db";

/** The caller's MediationCase scope (kit SCOPE_RULES) as a WHERE clause. */
export function caseScopeWhere(actor: Actor): Prisma.MediationCaseWhereInput {
  const { jurisdiction, organisation, disputePlace } = scopeOf("MediationCase", actor);
  const any: Prisma.MediationCaseWhereInput[] = [];
  if (jurisdiction) any.push({ committee: { divisionCode: { startsWith: jurisdiction } } });
  if (disputePlace) any.push({ disputePlaceCode: { startsWith: disputePlace } });
  if (organisation && isUuid(organisation)) any.push({ committeeId: organisation }, { invitingCourtId: organisation });
  return any.length ? { OR: any } : { id: { in: [] } };
}

/**
 * Reads narrowed to the caller's MediationCase scope in their SQL: by key (root fields and
 * `_entities`) and by dispute (`Dispute.mediationCases`), so one rule answers all three paths.
 */
export function createScopedLoaders(db: JusticeDb, actor: Actor) {
  const scope = caseScopeWhere(actor);
  return {
    mediationCase: loaderById((ids) => db.mediationCase.findMany({ where: { AND: [{ id: { in: ids } }, scope] } })),
    agreement: loaderById((ids) => db.mediationAgreement.findMany({ where: { id: { in: ids }, case: scope } })),
    casesByDispute: loaderByParent(
      (ids) =>
        db.mediationCase.findMany({
          where: { AND: [{ disputeId: { in: ids } }, scope] },
          orderBy: [{ disputeId: "asc" }, { acceptedAt: "desc" }, { id: "desc" }],
        }),
      (row) => row.disputeId,
    ),
  };
}

export type ScopedLoaders = ReturnType<typeof createScopedLoaders>;
