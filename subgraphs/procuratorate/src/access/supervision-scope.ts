import { scopeOf, type Actor } from "@hub/subgraph-kit";
import type { Prisma } from "../../generated/client";

/**
 * The caller's SupervisionCase scope (kit SCOPE_RULES) as a WHERE clause: opened by the caller's
 * procuratorate, or by one whose jurisdiction lies in the caller's. Use it in every read.
 */
export function supervisionScopeWhere(actor: Actor): Prisma.SupervisionCaseWhereInput {
  const { jurisdiction, organisation } = scopeOf("SupervisionCase", actor);
  const any: Prisma.SupervisionCaseWhereInput[] = [];
  if (jurisdiction) any.push({ jurisdictionCode: { startsWith: jurisdiction } });
  if (organisation) any.push({ procuratorateId: organisation });
  return any.length ? { OR: any } : { id: { in: [] } };
}
