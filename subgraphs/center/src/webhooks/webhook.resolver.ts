import { authorize, checkUuid, notFound, Officer } from "@hub/subgraph-kit";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { WebhookDelivery as DeliveryRow, WebhookSubscription as SubscriptionRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { changeWebhookSubscription } from "./change-webhook-subscription";
import { CreateWebhookSubscriptionInput } from "./create-webhook-subscription.input";
import { createWebhookSubscription } from "./create-webhook-subscription";
import { WebhookDeliveryStatus } from "./enums";
import { replayDeadDeliveries } from "./replay-deliveries";
import { isSupervisor, requireManagerOf } from "./webhook-access";
import { WebhookDelivery } from "./webhook-delivery.type";
import { WebhookSubscription } from "./webhook-subscription.type";

@Resolver((_of) => WebhookSubscription)
export class WebhookResolver {
  @Query((_returns) => [WebhookSubscription], {
    description: "事件订阅 A partner's own subscriptions; for a centre supervisor, those within their jurisdiction",
  })
  async webhookSubscriptions(@Ctx() context: CenterContext): Promise<SubscriptionRow[]> {
    authorize(context, "webhookSubscriptions");
    const where = isSupervisor(context)
      ? { jurisdictionCode: { startsWith: context.actor.jurisdictionCode ?? "-" } }
      : { organisationId: context.actor.organisationId ?? "-" };
    return context.db.webhookSubscription.findMany({ where, orderBy: { createdAt: "asc" }, take: 500 });
  }

  @Query((_returns) => [WebhookDelivery], { description: "推送记录 A subscription's deliveries, newest first" })
  async webhookDeliveries(
    @Arg("subscriptionId", (_type) => ID) subscriptionId: string,
    @Arg("status", (_type) => WebhookDeliveryStatus, { nullable: true }) status: WebhookDeliveryStatus | null,
    @Arg("first", (_type) => Int, { nullable: true, defaultValue: 100 }) first: number,
    @Ctx() context: CenterContext,
  ): Promise<DeliveryRow[]> {
    authorize(context, "webhookDeliveries");
    checkUuid(subscriptionId, "subscriptionId");
    const subscription = await context.db.webhookSubscription.findUnique({ where: { id: subscriptionId } });
    if (!subscription) throw notFound("WebhookSubscription", subscriptionId);
    requireManagerOf(context, subscription, "webhookDeliveries");
    return context.db.webhookDelivery.findMany({
      where: { subscriptionId, ...(status ? { status } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: Math.min(Math.max(first, 1), 500),
    });
  }

  @Mutation((_returns) => WebhookSubscription, {
    description: "订阅事件推送 (partner systems, centre supervisors); the secret signs every delivery",
  })
  createWebhookSubscription(
    @Arg("input", (_type) => CreateWebhookSubscriptionInput) input: CreateWebhookSubscriptionInput,
    @Ctx() context: CenterContext,
  ): Promise<SubscriptionRow> {
    authorize(context, "createWebhookSubscription");
    return createWebhookSubscription(context, input);
  }

  @Mutation((_returns) => WebhookSubscription, { description: "暂停: deliveries are kept and sent on resume" })
  pauseWebhookSubscription(@Arg("id", (_type) => ID) id: string, @Ctx() context: CenterContext): Promise<SubscriptionRow> {
    authorize(context, "pauseWebhookSubscription");
    return changeWebhookSubscription(context, id, "pause");
  }

  @Mutation((_returns) => WebhookSubscription, { description: "恢复推送" })
  resumeWebhookSubscription(@Arg("id", (_type) => ID) id: string, @Ctx() context: CenterContext): Promise<SubscriptionRow> {
    authorize(context, "resumeWebhookSubscription");
    return changeWebhookSubscription(context, id, "resume");
  }

  @Mutation((_returns) => WebhookSubscription, { description: "删除: no further deliveries; pending ones are dead-lettered" })
  deleteWebhookSubscription(@Arg("id", (_type) => ID) id: string, @Ctx() context: CenterContext): Promise<SubscriptionRow> {
    authorize(context, "deleteWebhookSubscription");
    return changeWebhookSubscription(context, id, "delete");
  }

  @Mutation((_returns) => Int, {
    description: "重新推送: a dead-lettered delivery of a subscription the caller manages is sent again; returns how many were",
  })
  replayWebhookDelivery(@Arg("id", (_type) => ID) id: string, @Ctx() context: CenterContext): Promise<number> {
    authorize(context, "replayWebhookDelivery");
    return replayDeadDeliveries(context, { id });
  }

  @Mutation((_returns) => Int, {
    description: "重新推送: every dead-lettered delivery of a subscription the caller manages; returns how many",
  })
  replayDeadWebhookDeliveries(
    @Arg("subscriptionId", (_type) => ID) subscriptionId: string,
    @Ctx() context: CenterContext,
  ): Promise<number> {
    authorize(context, "replayDeadWebhookDeliveries");
    return replayDeadDeliveries(context, { subscriptionId });
  }

  @FieldResolver((_type) => Officer)
  createdBy(@Root() subscription: SubscriptionRow): Officer {
    return { id: subscription.createdById, name: subscription.createdByName };
  }
}
