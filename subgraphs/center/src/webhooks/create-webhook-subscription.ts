import { randomUUID } from "node:crypto";
import { ErrorCode, eventRow, HubError, invalidInput, isDivisionCode, requireRole } from "@hub/subgraph-kit";
import type { WebhookSubscription as SubscriptionRow } from "../../generated/client";
import type { CenterContext } from "../context";
import type { CreateWebhookSubscriptionInput } from "./create-webhook-subscription.input";
import { checkEndpoint, EndpointRefused } from "./egress/endpoint";
import { endpointInputError } from "./egress/endpoint-input";
import { isSupervisor, MANAGERS } from "./webhook-access";

const EVENT_TYPE = /^[a-z_]+\.[a-z_]+$/;

/**
 * The endpoint as it will be called: its form, and every address its host resolves to now
 * (checked again before each delivery, since DNS can change).
 */
async function checkUrl(context: CenterContext, text: string): Promise<string> {
  try {
    const { url } = await checkEndpoint(text, context.webhookEgress.policy, context.webhookEgress.lookup);
    return url.toString();
  } catch (error) {
    if (error instanceof EndpointRefused) throw endpointInputError(error.reason);
    throw error;
  }
}

function ownerOf(context: CenterContext, input: CreateWebhookSubscriptionInput): string {
  const requested = input.organisationId?.trim() || null;
  if (isSupervisor(context)) {
    if (!requested)
      throw invalidInput("input.organisationId", "required", { zh: "须指明订阅所属单位", en: "Name the owning organisation" });
    return requested;
  }
  const own = context.actor.organisationId;
  if (!own || (requested && requested !== own)) {
    throw new HubError(
      ErrorCode.FORBIDDEN,
      { zh: "合作系统只能为本单位订阅事件", en: "A partner system subscribes for its own organisation only" },
      { field: "input.organisationId" },
    );
  }
  return own;
}

/** 订阅事件: by a partner system for its organisation, or a centre supervisor for a partner; logged in the centre's event log. */
export async function createWebhookSubscription(context: CenterContext, input: CreateWebhookSubscriptionInput): Promise<SubscriptionRow> {
  requireRole(context, MANAGERS, "createWebhookSubscription");
  if (input.secret.length < 32 || input.secret.length > 256) {
    throw invalidInput("input.secret", "32 to 256 characters", {
      zh: "签名密钥须为32至256个字符",
      en: "The secret must be 32 to 256 characters",
    });
  }
  const eventTypes = [...new Set(input.eventTypes.map((type) => type.trim()))];
  if (!eventTypes.length || eventTypes.length > 50 || !eventTypes.every((type) => EVENT_TYPE.test(type))) {
    throw invalidInput("input.eventTypes", "docs/events.md", {
      zh: "事件类型须为1至50个形如 confirmation.ruled 的类型",
      en: "Give 1 to 50 event types such as confirmation.ruled",
    });
  }
  if (!isDivisionCode(input.jurisdictionCode)) {
    throw invalidInput("input.jurisdictionCode", "GB/T 2260 division code of Inner Mongolia", {
      zh: "订阅范围须为内蒙古的区划代码",
      en: "The jurisdiction must be a division code of Inner Mongolia",
    });
  }
  // A well-formed area outside the caller's own is a refusal of scope, not a mistake in the input.
  const scope = context.actor.jurisdictionCode ?? "";
  if (!scope || !input.jurisdictionCode.startsWith(scope)) {
    throw new HubError(
      ErrorCode.FORBIDDEN,
      { zh: "订阅范围须在本辖区内", en: "You may subscribe only to events within your jurisdiction" },
      { field: "input.jurisdictionCode", rule: "events within the caller's jurisdiction" },
    );
  }
  const organisationId = ownerOf(context, input);
  const url = await checkUrl(context, input.url);
  const id = randomUUID();
  const { actor, now, db } = context;
  const [created] = await db.$transaction([
    db.webhookSubscription.create({
      data: {
        id,
        organisationId,
        url,
        secretCipher: context.cipher.encrypt(input.secret),
        eventTypes,
        jurisdictionCode: input.jurisdictionCode,
        createdAt: now,
        createdById: actor.userId,
        createdByName: actor.name,
        updatedAt: now,
      },
    }),
    db.eventLog.create({
      data: eventRow(actor, {
        type: "webhook.subscription_created",
        disputeId: null,
        subjectType: "WebhookSubscription",
        subjectId: id,
        summary: `单位${organisationId}订阅事件推送（${eventTypes.length}类）`,
        occurredAt: now,
        payload: { subscriptionId: id, organisationId, eventTypes, jurisdictionCode: input.jurisdictionCode, status: "ACTIVE" },
      }),
    }),
  ]);
  return created;
}
