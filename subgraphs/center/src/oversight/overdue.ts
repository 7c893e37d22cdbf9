import type { Prisma } from "../../generated/client";
import type { CenterContext } from "../context";
import type { OverdueList } from "./overdue-list.type";

/** Exactly one of the two: a centre's own limits, or those of disputes placed in a division subtree. */
export type OverdueScope = { centreId: string } | { jurisdictionCode: string };

/**
 * 超期清单: the running limits past due at `asOf`, most overdue first, counted in SQL over the
 * partial indexes on open limits (by centre, or by place prefix), never by loading the rows.
 */
export async function overdueList(context: CenterContext, scope: OverdueScope, asOf: Date, first: number): Promise<OverdueList> {
  await context.stagesRefreshed(
    "centreId" in scope ? { kind: "centre", centreId: scope.centreId } : { kind: "place", prefix: scope.jurisdictionCode },
  );
  const where: Prisma.StageDeadlineWhereInput = {
    closedAt: null,
    dueAt: { lt: asOf },
    ...("centreId" in scope ? { centreId: scope.centreId } : { placeCode: { startsWith: scope.jurisdictionCode } }),
  };
  const [rows, groups] = await Promise.all([
    context.db.stageDeadline.findMany({ where, orderBy: [{ dueAt: "asc" }, { id: "asc" }], take: first }),
    context.db.stageDeadline.groupBy({ by: ["stage"], where, _count: { _all: true }, orderBy: { stage: "asc" } }),
  ]);
  const byStage = groups.map((group) => ({ stage: group.stage, count: group._count._all }));
  return {
    asOf,
    totalCount: byStage.reduce((sum, group) => sum + group.count, 0),
    byStage,
    nodes: rows.map((row) => ({ ...row, asOf })),
  };
}
