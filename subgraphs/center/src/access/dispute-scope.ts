import { isUuid, scopeOf, type Actor } from "@hub/subgraph-kit";
import type { Prisma } from "../../generated/client";

const NOTHING: Prisma.DisputeWhereInput = { id: { in: [] } };

/**
 * The caller's Dispute scope (kit SCOPE_RULES) as a WHERE clause: one SQL statement with EXISTS
 * sub-selects, never a query per row. Use it in every read of disputes.
 */
export function disputeScopeWhere(actor: Actor): Prisma.DisputeWhereInput {
  const { jurisdiction, organisation } = scopeOf("Dispute", actor);
  const any: Prisma.DisputeWhereInput[] = [];
  if (jurisdiction) {
    any.push({ placeCode: { startsWith: jurisdiction } });
  }
  if (organisation && isUuid(organisation)) {
    any.push(
      { receivingCentreId: organisation },
      { handlingCentreId: organisation },
      { routings: { some: { targetOrganisationId: organisation } } },
    );
  }
  return any.length ? { OR: any } : NOTHING;
}

/** Narrows `where` to the caller's scope. */
export function inDisputeScope(actor: Actor, where: Prisma.DisputeWhereInput): Prisma.DisputeWhereInput {
  return { AND: [where, disputeScopeWhere(actor)] };
}
