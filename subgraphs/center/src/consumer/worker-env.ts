import { z } from "zod";

const ms = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

/** The centre's background workers: the event consumer and the webhook sender. */
export const workerEnvShape = {
  /** `on`: index.ts starts the consumer and the webhook worker with the subgraph. */
  CENTER_WORKERS: z.enum(["on", "off"]).default("on"),
  /** Pause between polls of the departments' feeds once caught up. */
  CENTER_CONSUMER_POLL_MS: ms(50, 60_000, 1000),
  /** Pause between claims of due webhook deliveries when idle. */
  CENTER_WEBHOOK_POLL_MS: ms(50, 60_000, 500),
  /** A partner's endpoint must answer within this time or the attempt fails. */
  CENTER_WEBHOOK_TIMEOUT_MS: ms(100, 120_000, 5000),
  /** Requests in flight at once from one centre process (one per subscription at most). */
  CENTER_WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
  /** Attempts before a delivery is dead-lettered. */
  CENTER_WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(12),
  /** First retry after about this long; doubles with each attempt, with jitter. */
  CENTER_WEBHOOK_BACKOFF_MS: ms(10, 3_600_000, 2000),
  /** Longest wait between two attempts. */
  CENTER_WEBHOOK_BACKOFF_MAX_MS: ms(10, 86_400_000, 3_600_000),
};
