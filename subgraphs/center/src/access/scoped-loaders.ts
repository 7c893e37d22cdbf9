import { loaderById, loaderByParent, type Actor } from "@hub/subgraph-kit";
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
    /**
     * A person's contact fields (PHONE, ADDRESS) the caller may be shown: those whose value was
     * submitted on a dispute in the caller's scope. One statement for every person of the tick.
     */
    contactSources: loaderByParent(
      (ids) =>
        db.personContactSource.findMany({
          where: { personId: { in: ids }, dispute: scope },
          select: { personId: true, field: true },
        }),
      (row) => row.personId,
    ),
  };
}

/** Whether the caller may be shown the person's current value of `field` (a source of it lies in its Dispute scope). */
export async function contactShown(scoped: ScopedLoaders, personId: string, field: "PHONE" | "ADDRESS"): Promise<boolean> {
  return (await scoped.contactSources.load(personId)).some((row) => row.field === field);
}

export type ScopedLoaders = ReturnType<typeof createScopedLoaders>;
