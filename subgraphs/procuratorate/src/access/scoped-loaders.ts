import { loaderById, type Actor } from "@hub/subgraph-kit";
import type { ProcuratorateDb } from "../db";
import { supervisionScopeWhere } from "./supervision-scope";

/** Per-request loaders that apply the caller's scope in their SQL: reads by key go through these. */
export function createScopedLoaders(db: ProcuratorateDb, actor: Actor) {
  const scope = supervisionScopeWhere(actor);
  return {
    /** A supervision case in the caller's scope, or null (absent and out of scope look the same). */
    supervisionCase: loaderById((ids) => db.supervisionCase.findMany({ where: { AND: [{ id: { in: ids } }, scope] } })),
  };
}

export type ScopedLoaders = ReturnType<typeof createScopedLoaders>;
