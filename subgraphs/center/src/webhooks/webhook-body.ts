import type { ConsumedEvent } from "../../generated/client";

/** The JSON a partner receives: the event with its stable id, as the centre consumed it. */
export function webhookBody(event: ConsumedEvent, deliveryId: string): string {
  return JSON.stringify({
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
