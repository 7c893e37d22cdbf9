import { checkUuid, ErrorCode, eventRow, HubError, notFound } from "@hub/subgraph-kit";
import type { CenterContext } from "../context";
import { requireManagerOf } from "./webhook-access";

/**
 * 重新推送: a partner system (its own subscriptions) or a centre supervisor (those within their
 * jurisdiction) sends dead-lettered deliveries again (one, or every dead one of a subscription),
 * with a fresh count of attempts. Logged in the centre's event log.
 */
export async function replayDeadDeliveries(context: CenterContext, where: { id?: string; subscriptionId?: string }): Promise<number> {
  const field = where.id ? "id" : "subscriptionId";
  const key = where.id ?? where.subscriptionId ?? "";
  checkUuid(key, field);
  const { db, now, actor } = context;
  const subscriptionId = where.subscriptionId ?? (await db.webhookDelivery.findUnique({ where: { id: key } }))?.subscriptionId;
  const subscription = subscriptionId ? await db.webhookSubscription.findUnique({ where: { id: subscriptionId } }) : null;
  if (!subscription) throw notFound(where.id ? "WebhookDelivery" : "WebhookSubscription", key);
  requireManagerOf(context, subscription, "replayWebhookDeliveries");
  if (subscription.status === "DELETED") {
    throw new HubError(
      ErrorCode.CONFLICT,
      { zh: "订阅已删除，不能重新推送", en: "The subscription was deleted; its deliveries cannot be replayed" },
      { field },
    );
  }
  return db.$transaction(async (tx) => {
    const { count } = await tx.webhookDelivery.updateMany({
      where: { ...(where.id ? { id: where.id } : { subscriptionId: subscription.id }), status: "DEAD" },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: now, deadAt: null },
    });
    if (count) {
      await tx.eventLog.create({
        data: eventRow(actor, {
          type: "webhook.deliveries_replayed",
          disputeId: null,
          subjectType: "WebhookSubscription",
          subjectId: subscription.id,
          summary: `重新推送${count}条失败的事件`,
          occurredAt: now,
          payload: { subscriptionId: subscription.id, deliveryId: where.id ?? null, count },
        }),
      });
    }
    return count;
  });
}
