import { loaderById, type Actor } from "@hub/subgraph-kit";
import type { CenterDb } from "../db";
import { disputeScopeWhere } from "./dispute-scope";

/** Per-request loaders that apply the caller's scope in their SQL: reads by key go through these. */
export function createScopedLoaders(db: CenterDb, actor: Actor) {
  const scope = disputeScopeWhere(actor);
  return {
    /** A dispute in the caller's scope, or null (absent and out of scope look the same). */
    dispute: loaderById((ids) => db.dispute.findMany({ where: { AND: [{ id: { in: ids } }, scope] } })),
    /** A routing whose dispute is in scope, or that was routed to the caller's organisation. */
    routing: loaderById((ids) =>
      db.routing.findMany({
        where: {
          id: { in: ids },
          OR: [{ dispute: scope }, ...(actor.organisationId ? [{ targetOrganisationId: actor.organisationId.toLowerCase() }] : [])],
        },
      }),
    ),
  };
}

export type ScopedLoaders = ReturnType<typeof createScopedLoaders>;
