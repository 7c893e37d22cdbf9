import { inWorkSpan, type FieldCipher, type Logger } from "@hub/subgraph-kit";
import type { Prisma } from "../../generated/client";
import type { CenterDb } from "../db";
import { backoffMs } from "./backoff";
import { postToEndpoint, type Egress } from "./egress/post-to-endpoint";
import { DELIVERY_ID_HEADER, EVENT_ID_HEADER, signatureHeader, SIGNATURE_HEADER } from "./signature";
import { webhookBody } from "./webhook-body";
import type { WebhookSettings } from "./webhook-settings";

interface Claimed {
  id: string;
}

type ClaimedDelivery = Prisma.WebhookDeliveryGetPayload<{ include: { event: true; subscription: true } }>;

/**
 * Claims due deliveries with FOR UPDATE SKIP LOCKED (so several centre replicas share the work),
 * at most one per subscription at a time and at most `concurrency` in all, and moves each
 * claimed row's next attempt past the request timeout (a lease: if this process dies, another
 * picks the delivery up then). A slow or dead endpoint thus holds one slot of its own and is cut
 * off at the timeout; other partners keep theirs.
 */
const CLAIM_SQL = `
WITH candidates AS (
  SELECT DISTINCT ON (d.subscription_id) d.id
    FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
   WHERE d.status = 'PENDING' AND d.next_attempt_at <= $1 AND s.status = 'ACTIVE'
     AND NOT (d.subscription_id = ANY($2::uuid[]))
   ORDER BY d.subscription_id, d.next_attempt_at
), locked AS (
  SELECT id FROM webhook_delivery
   WHERE id IN (SELECT id FROM candidates) AND status = 'PENDING' AND next_attempt_at <= $1
   ORDER BY next_attempt_at
   LIMIT $3
   FOR UPDATE SKIP LOCKED
)
UPDATE webhook_delivery d
   SET attempts = d.attempts + 1, last_attempt_at = $1, next_attempt_at = $4
  FROM locked WHERE d.id = locked.id
RETURNING d.id::text AS id`;

export class WebhookWorker {
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;
  private readonly inFlight = new Map<string, Promise<void>>();
  /** Subscriptions with a request in flight from this process. */
  private readonly busy = new Set<string>();
  private stopped = true;

  constructor(
    private readonly options: {
      db: CenterDb;
      cipher: FieldCipher;
      log: Logger;
      settings: WebhookSettings;
      /** Where deliveries may go (the centre's CENTER_WEBHOOK_* policy) and how hosts are resolved. */
      egress: Egress;
      clock?: () => Date;
    },
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Runs a claim now (the consumer calls it when it has created deliveries). */
  wake(): void {
    if (!this.stopped && !this.ticking) this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.ticking;
    await Promise.all(this.inFlight.values());
  }

  private now(): Date {
    return (this.options.clock ?? (() => new Date()))();
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.ticking = this.tick()
        .catch((error: unknown) => this.options.log.warn({ err: error }, "webhook claim failed"))
        .finally(() => {
          this.ticking = null;
          this.schedule(this.options.settings.pollMs);
        });
    }, delay);
  }

  private async tick(): Promise<void> {
    const { db, settings } = this.options;
    const free = settings.concurrency - this.inFlight.size;
    if (free <= 0) return;
    const now = this.now();
    const lease = new Date(now.getTime() + settings.timeoutMs * 2 + 1000);
    const claimed = await db.$queryRawUnsafe<Claimed[]>(CLAIM_SQL, now, [...this.busy], free, lease);
    if (!claimed.length) return;
    const rows = await db.webhookDelivery.findMany({
      where: { id: { in: claimed.map((row) => row.id) } },
      include: { event: true, subscription: true },
    });
    for (const row of rows) {
      this.busy.add(row.subscriptionId);
      const attributes = {
        "hub.webhook.delivery_id": row.id,
        "hub.event.id": row.eventId,
        "hub.webhook.subscription_id": row.subscriptionId,
      };
      const sending = inWorkSpan("webhook delivery", attributes, () => this.send(row))
        .catch((error: unknown) => this.options.log.error({ err: error, deliveryId: row.id }, "webhook outcome not recorded"))
        .finally(() => {
          this.inFlight.delete(row.id);
          this.busy.delete(row.subscriptionId);
          this.wake();
        });
      this.inFlight.set(row.id, sending);
    }
  }

  private async send(row: ClaimedDelivery): Promise<void> {
    const { db, cipher, settings } = this.options;
    const body = webhookBody(row.event, row.id);
    const timestamp = Math.floor(this.now().getTime() / 1000);
    const outcome = await postToEndpoint(
      row.subscription.url,
      body,
      {
        "content-type": "application/json",
        [EVENT_ID_HEADER]: row.event.eventId,
        [DELIVERY_ID_HEADER]: row.id,
        [SIGNATURE_HEADER]: signatureHeader(cipher.decrypt(row.subscription.secretCipher), timestamp, body),
      },
      this.options.egress,
      settings.timeoutMs,
    );
    const statusCode = outcome.statusCode;
    const error = outcome.delivered ? null : outcome.reason;
    const now = this.now();
    const attempts = row.attempts; // counted when claimed
    const data = !error
      ? { status: "DELIVERED" as const, deliveredAt: now, lastStatusCode: statusCode, lastError: null }
      : attempts >= settings.maxAttempts
        ? { status: "DEAD" as const, deadAt: now, lastStatusCode: statusCode, lastError: error }
        : {
            nextAttemptAt: new Date(now.getTime() + backoffMs(attempts, settings.backoffBaseMs, settings.backoffMaxMs)),
            lastStatusCode: statusCode,
            lastError: error,
          };
    await db.webhookDelivery.updateMany({ where: { id: row.id, status: "PENDING", attempts }, data });
    if (!outcome.delivered)
      this.options.log.info({ deliveryId: row.id, attempts, error, detail: outcome.detail }, "webhook delivery failed");
  }
}
