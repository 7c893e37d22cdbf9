import type { Department } from "./departments";

/**
 * One event of a department's append-only log, as its feed serves it and consumers (the centre's
 * timeline, webhooks) receive it. Consumers deduplicate by `id` and resume after `cursor`.
 */
export interface EventEnvelope<At = Date> {
  id: string;
  department: Department;
  /** Stable event type (docs/events.md), e.g. `confirmation.ruled`. */
  type: string;
  disputeId: string | null;
  /** The kind of record the event concerns, e.g. `ConfirmationApplication`. */
  subjectType: string;
  subjectId: string;
  occurredAt: At;
  actor: { id: string; name: string };
  /** One line a clerk can read (Chinese). */
  summary: string;
  /** Keys, new status and outcome: what a consumer needs without calling back. */
  payload: Record<string, unknown>;
  /** The feed position just after this event. */
  cursor?: string;
}

/** A page of a department's feed. */
export interface EventFeedPage<At = Date> {
  events: EventEnvelope<At>[];
  nextCursor: string;
  hasMore: boolean;
}
