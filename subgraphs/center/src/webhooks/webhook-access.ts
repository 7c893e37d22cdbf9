import { ErrorCode, HubError, requireRole } from "@hub/subgraph-kit";
import type { WebhookSubscription as SubscriptionRow } from "../../generated/client";
import type { CenterContext } from "../context";

export const MANAGERS = ["PARTNER_SYSTEM", "CENTRE_SUPERVISOR"] as const;

export const isSupervisor = (context: CenterContext) => context.actor.roles.includes("CENTRE_SUPERVISOR");

/** A partner system manages its own organisation's subscriptions; a centre supervisor any within their jurisdiction. */
export function requireManagerOf(context: CenterContext, subscription: SubscriptionRow, action: string): void {
  requireRole(context, MANAGERS, action);
  const own = context.actor.organisationId !== null && context.actor.organisationId === subscription.organisationId;
  const supervising = isSupervisor(context) && subscription.jurisdictionCode.startsWith(context.actor.jurisdictionCode ?? "-");
  if (!own && !supervising) {
    throw new HubError(
      ErrorCode.FORBIDDEN,
      { zh: "只能管理本单位的事件订阅", en: "Only your own organisation's subscriptions can be managed" },
      { action, field: "id" },
    );
  }
}
