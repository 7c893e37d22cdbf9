import { checkUuid, eventRow, notFound } from "@hub/subgraph-kit";
import type { WebhookSubscription as SubscriptionRow } from "../../generated/client";
import type { CenterContext } from "../context";
import type { WebhookSubscriptionStatus } from "./enums";
import { requireManagerOf } from "./webhook-access";

const CHANGES = {
  pause: { to: "PAUSED", from: ["ACTIVE", "PAUSED"], type: "webhook.subscription_paused", zh: "暂停" },
  resume: { to: "ACTIVE", from: ["ACTIVE", "PAUSED"], type: "webhook.subscription_resumed", zh: "恢复" },
  delete: { to: "DELETED", from: ["ACTIVE", "PAUSED", "DELETED"], type: "webhook.subscription_deleted", zh: "删除" },
} as const satisfies Record<
  string,
  { to: WebhookSubscriptionStatus; from: readonly WebhookSubscriptionStatus[]; type: string; zh: string }
>;

/** Pauses, resumes or deletes a subscription; deleting dead-letters its pending deliveries. Repeating a step changes nothing. */
export async function changeWebhookSubscription(
  context: CenterContext,
  id: string,
  change: keyof typeof CHANGES,
): Promise<SubscriptionRow> {
  checkUuid(id, "id");
  const { db, now, actor } = context;
  const subscription = await db.webhookSubscription.findUnique({ where: { id } });
  if (!subscription) throw notFound("WebhookSubscription", id);
  requireManagerOf(context, subscription, `${change}WebhookSubscription`);
  const step = CHANGES[change];
  if (subscription.status === step.to) return subscription;
  if (!(step.from as readonly string[]).includes(subscription.status)) throw notFound("WebhookSubscription", id);
  return db.$transaction(async (tx) => {
    const updated = await tx.webhookSubscription.update({ where: { id }, data: { status: step.to, updatedAt: now } });
    if (step.to === "DELETED") {
      await tx.webhookDelivery.updateMany({
        where: { subscriptionId: id, status: "PENDING" },
        data: { status: "DEAD", deadAt: now, lastError: "SUBSCRIPTION_DELETED" },
      });
    }
    await tx.eventLog.create({
      data: eventRow(actor, {
        type: step.type,
        disputeId: null,
        subjectType: "WebhookSubscription",
        subjectId: id,
        summary: `${step.zh}事件订阅`,
        occurredAt: now,
        payload: { subscriptionId: id, organisationId: subscription.organisationId, status: step.to },
      }),
    });
    return updated;
  });
}
