import { isUuid, scopeOf, type Actor } from "@hub/subgraph-kit";
import type { Prisma } from "../../generated/client";

/** The caller's PersonalDataAccess scope (kit SCOPE_RULES) as a WHERE clause. */
export function accessLogScopeWhere(actor: Actor): Prisma.PersonalDataAccessWhereInput {
  const { jurisdiction, organisation } = scopeOf("PersonalDataAccess", actor);
  const any: Prisma.PersonalDataAccessWhereInput[] = [];
  if (jurisdiction) any.push({ placeCode: { startsWith: jurisdiction } });
  if (organisation && isUuid(organisation)) any.push({ organisationId: organisation });
  return any.length ? { OR: any } : { id: { in: [] } };
}
