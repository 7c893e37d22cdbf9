import { randomUUID } from "node:crypto";
import type { Prisma } from "../../generated/client";
import type { CenterServices } from "../context";
import { ARRIVAL_EVENTS } from "./arrival-events";
import { planStages, sameStage } from "./stage-plan";

const BATCH = 100;
/** A batch under a loaded machine may take more than Prisma's default 5 s. */
const TRANSACTION = { timeout: 30_000, maxWait: 10_000 };

/**
 * Brings `stage_deadline` up to date for the disputes marked in `stage_refresh` (the trigger on
 * `event_log` marks a dispute in the transaction of every change), a batch per transaction:
 * a limit that no longer runs is closed, a new one opened; one that still runs keeps its
 * extensions and urgings and follows the dispute to its handling centre. Marks are locked in
 * key order and waited for: a change holds its mark until it commits, and a concurrent
 * refresh until it has written, so a refresh that returns has seen every committed change.
 * `only` limits it to those disputes (one read of their deadlines). Returns how many it refreshed.
 */
export async function refreshStages(
  { db, deadlines }: Pick<CenterServices, "db" | "deadlines">,
  now: Date,
  only?: readonly string[],
): Promise<number> {
  let refreshed = 0;
  for (;;) {
    const count = await db.$transaction(async (tx) => {
      const marks = only
        ? await tx.$queryRaw<{ dispute_id: string }[]>`
            DELETE FROM "stage_refresh" WHERE "dispute_id" IN (
              SELECT "dispute_id" FROM "stage_refresh" WHERE "dispute_id" = ANY(${[...only]}::uuid[])
              ORDER BY "dispute_id" FOR UPDATE
            ) RETURNING "dispute_id"`
        : await tx.$queryRaw<{ dispute_id: string }[]>`
            DELETE FROM "stage_refresh" WHERE "dispute_id" IN (
              SELECT "dispute_id" FROM "stage_refresh" ORDER BY "dispute_id" LIMIT ${BATCH} FOR UPDATE
            ) RETURNING "dispute_id"`;
      if (marks.length === 0) return 0;
      const ids = marks.map((mark) => mark.dispute_id);
      const [disputes, routings, arrivals, open] = await Promise.all([
        tx.dispute.findMany({ where: { id: { in: ids } } }),
        tx.routing.findMany({ where: { disputeId: { in: ids }, status: { in: ["PENDING", "ACCEPTED"] } } }),
        tx.eventLog.findMany({
          where: { disputeId: { in: ids }, type: { in: [...ARRIVAL_EVENTS] } },
          orderBy: { seq: "asc" },
          select: { disputeId: true, occurredAt: true },
        }),
        tx.stageDeadline.findMany({ where: { disputeId: { in: ids }, closedAt: null } }),
      ]);
      const lastArrival = new Map(arrivals.map((event) => [event.disputeId, event.occurredAt]));
      const toClose: string[] = [];
      const toOpen: Prisma.StageDeadlineCreateManyInput[] = [];
      const moved: { id: string; centreId: string }[] = [];
      for (const dispute of disputes) {
        const routing = routings.find((row) => row.disputeId === dispute.id) ?? null;
        const planned = planStages(dispute, routing, lastArrival.get(dispute.id) ?? dispute.receivedAt, deadlines);
        const rows = open.filter((row) => row.disputeId === dispute.id);
        for (const row of rows) {
          const still = planned.find((stage) => sameStage(row, stage));
          if (!still) toClose.push(row.id);
          else if (still.centreId !== row.centreId) moved.push({ id: row.id, centreId: still.centreId });
        }
        for (const stage of planned) {
          if (rows.some((row) => sameStage(row, stage))) continue;
          toOpen.push({ id: randomUUID(), disputeId: dispute.id, placeCode: dispute.placeCode, dueAt: stage.baseDueAt, ...stage });
        }
      }
      // Close before opening: at most one open row per dispute and stage.
      if (toClose.length) await tx.stageDeadline.updateMany({ where: { id: { in: toClose } }, data: { closedAt: now } });
      for (const { id, centreId } of moved) await tx.stageDeadline.update({ where: { id }, data: { centreId } });
      if (toOpen.length) await tx.stageDeadline.createMany({ data: toOpen });
      return ids.length;
    }, TRANSACTION);
    refreshed += count;
    if (only || count < BATCH) return refreshed;
  }
}
