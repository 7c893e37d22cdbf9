import type { Department } from "@hub/subgraph-kit";
import type { CenterDb } from "../db";
import type { FeedSource } from "../consumer/feed-source";

export interface EventGap {
  eventId: string;
  department: Department;
  type: string;
  disputeId: string | null;
  occurredAt: Date;
}

export interface SourceReport {
  department: Department;
  eventsInFeed: number;
  consumed: number;
  /** After the consumer's cursor: it will read them at its next poll. */
  notYetConsumed: number;
  /** Behind the consumer's cursor yet not in the inbox: lost. */
  gaps: EventGap[];
  /** The feed could not be read (its subgraph down): nothing is proved for it. */
  error: string | null;
}

export interface DeliveryGap {
  eventId: string;
  subscriptionId: string;
  /** MISSING: the event matched the subscription but no delivery was made; STALLED: due long ago, neither acknowledged nor dead-lettered. */
  kind: "MISSING" | "STALLED";
  deliveryId: string | null;
}

export interface ReconciliationReport {
  checkedAt: Date;
  sources: SourceReport[];
  deliveryGaps: DeliveryGap[];
  /** Deliveries still in their retry schedule (not gaps). */
  deliveriesInRetry: number;
  gapCount: number;
}

export interface ReconcileOptions {
  /** A pending delivery due longer ago than this counts as stalled. */
  stalledAfterMs?: number;
  pageSize?: number;
}

/**
 * Proves that every event of every department's log reached the centre's inbox and that every
 * delivery owed to a partner was acknowledged or dead-lettered, and names each gap. Reads each
 * feed from its beginning (so the cost grows with the logs); an event after the consumer's
 * cursor is not yet consumed, one before it and missing from the inbox is a gap.
 */
export async function reconcile(
  db: CenterDb,
  sources: FeedSource[],
  now: Date,
  options: ReconcileOptions = {},
): Promise<ReconciliationReport> {
  const reports: SourceReport[] = [];
  for (const source of sources) reports.push(await reconcileSource(db, source, options.pageSize ?? 500));
  const deliveryGaps = await reconcileDeliveries(db, now, options.stalledAfterMs ?? 10 * 60_000);
  const deliveriesInRetry = await db.webhookDelivery.count({
    where: { status: "PENDING", subscription: { status: "ACTIVE" } },
  });
  const gapCount = reports.reduce((sum, report) => sum + report.gaps.length + (report.error ? 1 : 0), 0) + deliveryGaps.length;
  return { checkedAt: now, sources: reports, deliveryGaps, deliveriesInRetry, gapCount };
}

async function reconcileSource(db: CenterDb, source: FeedSource, pageSize: number): Promise<SourceReport> {
  const report: SourceReport = { department: source.department, eventsInFeed: 0, consumed: 0, notYetConsumed: 0, gaps: [], error: null };
  const consumerCursor = (await db.feedCursor.findUnique({ where: { source: source.department } }))?.cursor || null;
  let passedConsumer = consumerCursor === null;
  let after: string | null = null;
  try {
    for (;;) {
      const page = await source.read(after, pageSize);
      const inbox = new Set(
        (
          await db.consumedEvent.findMany({ where: { eventId: { in: page.events.map((event) => event.id) } }, select: { eventId: true } })
        ).map((row) => row.eventId),
      );
      for (const event of page.events) {
        report.eventsInFeed++;
        if (inbox.has(event.id)) report.consumed++;
        else if (passedConsumer) report.notYetConsumed++;
        else
          report.gaps.push({
            eventId: event.id,
            department: source.department,
            type: event.type,
            disputeId: event.disputeId,
            occurredAt: event.occurredAt,
          });
        if (event.cursor === consumerCursor) passedConsumer = true;
      }
      after = page.nextCursor;
      if (!page.hasMore) return report;
    }
  } catch (error) {
    report.error = (error as Error).message;
    return report;
  }
}

async function reconcileDeliveries(db: CenterDb, now: Date, stalledAfterMs: number): Promise<DeliveryGap[]> {
  const missing = await db.$queryRaw<{ eventId: string; subscriptionId: string }[]>`
    SELECT e.event_id::text AS "eventId", s.id::text AS "subscriptionId"
      FROM consumed_event e
      JOIN dispute d ON d.id = e.dispute_id
      JOIN webhook_subscription s
        ON s.status IN ('ACTIVE', 'PAUSED') AND e.type = ANY(s.event_types)
       AND starts_with(d.place_code, s.jurisdiction_code) AND s.created_at <= e.consumed_at
      LEFT JOIN webhook_delivery w ON w.subscription_id = s.id AND w.event_id = e.event_id
     WHERE w.id IS NULL
     ORDER BY e.seq
     LIMIT 1000`;
  const stalled = await db.webhookDelivery.findMany({
    where: { status: "PENDING", subscription: { status: "ACTIVE" }, nextAttemptAt: { lt: new Date(now.getTime() - stalledAfterMs) } },
    select: { id: true, eventId: true, subscriptionId: true },
    orderBy: { nextAttemptAt: "asc" },
    take: 1000,
  });
  return [
    ...missing.map((row) => ({ ...row, kind: "MISSING" as const, deliveryId: null })),
    ...stalled.map((row) => ({ eventId: row.eventId, subscriptionId: row.subscriptionId, kind: "STALLED" as const, deliveryId: row.id })),
  ];
}
