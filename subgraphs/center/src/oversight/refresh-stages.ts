import { randomUUID } from "node:crypto";
import type { Prisma } from "../../generated/client";
import type { CenterServices } from "../context";
import { ARRIVAL_EVENTS } from "./arrival-events";
import { planStages, sameStage } from "./stage-plan";
import { handleRuleFor } from "./stage-rule";

const BATCH = 100;
/** The first key of the advisory locks a refresh holds per dispute ("ST"). */
const REFRESH_LOCK_CLASS = 0x5354;
/** A batch under a loaded machine may take more than Prisma's default 5 s. */
const TRANSACTION = { timeout: 30_000, maxWait: 10_000 };

/**
 * Brings `stage_deadline` up to date for the disputes marked in `stage_refresh` (the trigger on
 * `event_log` adds a mark in the transaction of every change), a batch per transaction:
 * a limit that no longer runs is closed, a new one opened; one that still runs keeps its
 * extensions and urgings and follows the dispute to its handling centre. Changes only insert
 * marks, so they never wait here; a mark becomes visible when its change commits. Marks are
 * locked in order and a refresh waits for one taken by a concurrent refresh, so once it
 * returns every change committed before it started is reflected. `scope` limits it to the
 * marks a read needs. Returns how many marks it took.
 */
/** Which marks a refresh takes: all of them, or those a read needs. */
export type RefreshScope =
  { kind: "all" } | { kind: "disputes"; ids: readonly string[] } | { kind: "place"; prefix: string } | { kind: "centre"; centreId: string };

const ALL: RefreshScope = { kind: "all" };

function takeMarks(tx: Prisma.TransactionClient, scope: RefreshScope) {
  switch (scope.kind) {
    case "disputes":
      return tx.$queryRaw<{ dispute_id: string }[]>`
        DELETE FROM "stage_refresh" WHERE "seq" IN (
          SELECT "seq" FROM "stage_refresh" WHERE "dispute_id" = ANY(${[...scope.ids]}::uuid[]) ORDER BY "seq" FOR UPDATE
        ) RETURNING "dispute_id"`;
    case "place":
      return tx.$queryRaw<{ dispute_id: string }[]>`
        DELETE FROM "stage_refresh" WHERE "seq" IN (
          SELECT m."seq" FROM "stage_refresh" m JOIN "dispute" d ON d."id" = m."dispute_id"
          WHERE d."place_code" LIKE ${`${scope.prefix}%`} ORDER BY m."seq" LIMIT ${BATCH} FOR UPDATE OF m
        ) RETURNING "dispute_id"`;
    case "centre":
      // Disputes the centre handles now, and those it still has a running limit of (just moved away).
      return tx.$queryRaw<{ dispute_id: string }[]>`
        DELETE FROM "stage_refresh" WHERE "seq" IN (
          SELECT m."seq" FROM "stage_refresh" m JOIN "dispute" d ON d."id" = m."dispute_id"
          WHERE d."handling_centre_id" = ${scope.centreId}::uuid
            OR EXISTS (SELECT 1 FROM "stage_deadline" s
                       WHERE s."dispute_id" = m."dispute_id" AND s."centre_id" = ${scope.centreId}::uuid AND s."closed_at" IS NULL)
          ORDER BY m."seq" LIMIT ${BATCH} FOR UPDATE OF m
        ) RETURNING "dispute_id"`;
    case "all":
      return tx.$queryRaw<{ dispute_id: string }[]>`
        DELETE FROM "stage_refresh" WHERE "seq" IN (
          SELECT "seq" FROM "stage_refresh" ORDER BY "seq" LIMIT ${BATCH} FOR UPDATE
        ) RETURNING "dispute_id"`;
  }
}

export async function refreshStages(
  { db, deadlines, handlingTiers }: Pick<CenterServices, "db" | "deadlines" | "handlingTiers">,
  now: Date,
  scope: RefreshScope = ALL,
): Promise<number> {
  let refreshed = 0;
  for (;;) {
    const count = await db.$transaction(async (tx) => {
      const taken = await takeMarks(tx, scope);
      const marks = [...new Set(taken.map((mark) => mark.dispute_id))].map((dispute_id) => ({ dispute_id }));
      if (marks.length === 0) return 0;
      const ids = marks.map((mark) => mark.dispute_id);
      // Two refreshes that took different marks of one dispute take turns on it, in id order;
      // changes do not take these locks.
      await tx.$executeRaw`
        SELECT pg_advisory_xact_lock(${REFRESH_LOCK_CLASS}, hashtext(id::text))
        FROM (SELECT id FROM unnest(${ids}::uuid[]) AS id ORDER BY id) AS ordered`;
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
      const routingCentres = await tx.centre.findMany({
        where: { id: { in: [...new Set(routings.map((row) => row.fromCentreId))] } },
        select: { id: true, divisionCode: true },
      });
      const divisionOf = new Map(routingCentres.map((centre) => [centre.id, centre.divisionCode]));
      const toClose: string[] = [];
      const toOpen: Prisma.StageDeadlineCreateManyInput[] = [];
      const moved: { id: string; centreId: string }[] = [];
      for (const dispute of disputes) {
        const routing = routings.find((row) => row.disputeId === dispute.id) ?? null;
        const handleRule = handleRuleFor(
          { deadlines, handlingTiers },
          routing ? (divisionOf.get(routing.fromCentreId) ?? null) : null,
          routing?.complexity ?? null,
        );
        const planned = planStages(dispute, routing, lastArrival.get(dispute.id) ?? dispute.receivedAt, deadlines, handleRule);
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
      return taken.length;
    }, TRANSACTION);
    refreshed += count;
    // A batch cut short by marks a concurrent refresh took is not the end: stop on an empty one.
    if (scope.kind === "disputes" || count === 0) return refreshed;
  }
}
