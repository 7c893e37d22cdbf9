import { registerEnumType } from "type-graphql";
import { $Enums } from "../../generated/client";

export const WebhookSubscriptionStatus = $Enums.WebhookSubscriptionStatus;
export type WebhookSubscriptionStatus = $Enums.WebhookSubscriptionStatus;
export const WebhookDeliveryStatus = $Enums.WebhookDeliveryStatus;
export type WebhookDeliveryStatus = $Enums.WebhookDeliveryStatus;

registerEnumType(WebhookSubscriptionStatus, {
  name: "WebhookSubscriptionStatus",
  description: "订阅状态",
  valuesConfig: {
    ACTIVE: { description: "sending" },
    PAUSED: { description: "deliveries are kept and sent when resumed" },
    DELETED: { description: "no further deliveries; pending ones are dead-lettered" },
  },
});

registerEnumType(WebhookDeliveryStatus, {
  name: "WebhookDeliveryStatus",
  description: "推送状态",
  valuesConfig: {
    PENDING: { description: "not yet acknowledged; retried with backoff" },
    DELIVERED: { description: "the partner answered 2xx" },
    DEAD: { description: "dead-lettered after the configured attempts; an operator may replay it" },
  },
});
