import { isUuid, loaderById, scopeOf, type Actor } from "@hub/subgraph-kit";
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

/** Reads by key narrowed to the caller's scope in their SQL. */
export function createScopedLoaders(db: JusticeDb, actor: Actor) {
  const scope = caseScopeWhere(actor);
  return {
    mediationCase: loaderById((ids) => db.mediationCase.findMany({ where: { AND: [{ id: { in: ids } }, scope] } })),
    agreement: loaderById((ids) => db.mediationAgreement.findMany({ where: { id: { in: ids }, case: scope } })),
  };
}

export type ScopedLoaders = ReturnType<typeof createScopedLoaders>;
