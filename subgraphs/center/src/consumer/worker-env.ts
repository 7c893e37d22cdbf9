import { z } from "zod";
import { parseEgressAllowlist } from "../webhooks/egress/egress-policy";

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
  /**
   * Host names, addresses and CIDR networks a webhook may reach although they are not public
   * (e.g. `hooks.partner.internal,10.20.0.0/16`); every other loopback, private, link-local,
   * multicast or reserved address is refused.
   */
  CENTER_WEBHOOK_ALLOW: z
    .string()
    .default("")
    .transform((text, ctx) => {
      try {
        return parseEgressAllowlist(text);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    }),
  /** `true`: only https endpoints; unset, on in production (NODE_ENV=production) and off otherwise. */
  CENTER_WEBHOOK_REQUIRE_HTTPS: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z
      .enum(["true", "false"], { message: "must be true or false" })
      .optional()
      .transform((value) => (value === undefined ? undefined : value === "true")),
  ),
};
