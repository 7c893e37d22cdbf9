import type { Department } from "@hub/subgraph-kit";
import type { CenterDb } from "../db";
import { fanOut } from "./fan-out";
import type { SourcePage } from "./feed-source";
import { followStatuses } from "./follow-statuses";

export type ConsumeResult = { consumed: number; deliveries: number } | { moved: true };

/**
 * Consumes one page of `source`'s feed in one transaction: the inbox rows, the status changes,
 * the webhook deliveries and the new cursor commit together or not at all, so a crash at any
 * point leaves the page to be read again, and the inbox makes reading it again change nothing.
 * The cursor row is locked: if another replica moved it since `readFrom`, nothing is written.
 */
export async function consumePage(
  db: CenterDb,
  source: Department,
  readFrom: string | null,
  page: SourcePage,
  now: Date,
): Promise<ConsumeResult> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`INSERT INTO feed_cursor (source, cursor, updated_at) VALUES (${source}, '', ${now}) ON CONFLICT DO NOTHING`;
      const [locked] = await tx.$queryRaw<{ cursor: string }[]>`SELECT cursor FROM feed_cursor WHERE source = ${source} FOR UPDATE`;
      if ((locked?.cursor || null) !== (readFrom || null)) return { moved: true } as const;

      const ids = [...new Set(page.events.map((event) => event.id))];
      const known = new Set(
        (await tx.consumedEvent.findMany({ where: { eventId: { in: ids } }, select: { eventId: true } })).map((row) => row.eventId),
      );
      const fresh = page.events.filter((event) => !known.has(event.id) && known.add(event.id));
      if (fresh.length) {
        await tx.consumedEvent.createMany({
          data: fresh.map((event) => ({
            eventId: event.id,
            source,
            type: event.type,
            disputeId: event.disputeId,
            subjectType: event.subjectType,
            subjectId: event.subjectId,
            occurredAt: event.occurredAt,
            actorId: event.actor.id,
            actorName: event.actor.name,
            summary: event.summary,
            payload: event.payload as object,
            consumedAt: now,
          })),
        });
      }
      const disputeIds = [...new Set(fresh.flatMap((event) => (event.disputeId ? [event.disputeId] : [])))];
      const disputes = new Map(
        (disputeIds.length ? await tx.dispute.findMany({ where: { id: { in: disputeIds } } }) : []).map((row) => [row.id, row]),
      );
      await followStatuses(tx, source, fresh, disputes, now);
      const deliveries = await fanOut(tx, fresh, disputes, now);
      await tx.feedCursor.update({ where: { source }, data: { cursor: page.nextCursor, updatedAt: now } });
      return { consumed: fresh.length, deliveries };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
