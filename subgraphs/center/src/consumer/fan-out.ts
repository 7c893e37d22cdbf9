import { randomUUID } from "node:crypto";
import type { Dispute as DisputeRow, Prisma } from "../../generated/client";
import { partnerMayRead } from "../webhooks/partner-may-read";
import type { SourceEvent } from "./feed-source";

/**
 * One delivery row per matching subscription for each newly consumed event, in the consumer's
 * transaction: an event is never consumed without its deliveries. A subscription matches when
 * it lists the event's type, the dispute's place lies within its jurisdiction and its partner
 * may read the record the event is about (partnerMayRead). Paused
 * subscriptions accumulate deliveries, sent when resumed; deleted ones get none.
 */
export async function fanOut(
  tx: Prisma.TransactionClient,
  events: readonly SourceEvent[],
  disputes: Map<string, DisputeRow>,
  now: Date,
): Promise<number> {
  const withDispute = events.filter((event) => event.disputeId && disputes.has(event.disputeId));
  if (!withDispute.length) return 0;
  const subscriptions = await tx.webhookSubscription.findMany({
    where: { status: { in: ["ACTIVE", "PAUSED"] }, eventTypes: { hasSome: [...new Set(withDispute.map((event) => event.type))] } },
    select: { id: true, eventTypes: true, jurisdictionCode: true, organisationId: true },
  });
  const rows: Prisma.WebhookDeliveryCreateManyInput[] = [];
  for (const event of withDispute) {
    const place = disputes.get(event.disputeId as string)?.placeCode ?? "";
    for (const subscription of subscriptions) {
      if (!subscription.eventTypes.includes(event.type) || !place.startsWith(subscription.jurisdictionCode)) continue;
      if (!partnerMayRead(event, subscription.organisationId)) continue;
      rows.push({ id: randomUUID(), subscriptionId: subscription.id, eventId: event.id, nextAttemptAt: now, createdAt: now });
    }
  }
  if (rows.length) await tx.webhookDelivery.createMany({ data: rows, skipDuplicates: true });
  return rows.length;
}
