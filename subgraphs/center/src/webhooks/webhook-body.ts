import type { ConsumedEvent } from "../../generated/client";

/** The payload's version (docs/webhook-payload.schema.json): fields are only ever added within one. */
export const WEBHOOK_PAYLOAD_VERSION = 1;

/** The JSON a partner receives: the event with its stable id, as the centre consumed it. */
export function webhookBody(event: ConsumedEvent, deliveryId: string): string {
  return JSON.stringify({
    version: WEBHOOK_PAYLOAD_VERSION,
    id: event.eventId,
    deliveryId,
    department: event.source,
    type: event.type,
    disputeId: event.disputeId,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    occurredAt: event.occurredAt.toISOString(),
    summary: event.summary,
    payload: event.payload,
  });
}
