import type { FieldCipher, Logger } from "@hub/subgraph-kit";
import { defaultFeedSources } from "./consumer/feed-source";
import { EventConsumer } from "./consumer/event-consumer";
import type { CenterDb } from "./db";
import type { CenterEnv } from "./env";
import type { GraphReader } from "./graph";
import { WebhookWorker } from "./webhooks/delivery-worker";
import type { Egress } from "./webhooks/egress/post-to-endpoint";

export type WorkerEnv = Pick<
  CenterEnv,
  | "CENTER_CONSUMER_POLL_MS"
  | "CENTER_WEBHOOK_POLL_MS"
  | "CENTER_WEBHOOK_TIMEOUT_MS"
  | "CENTER_WEBHOOK_CONCURRENCY"
  | "CENTER_WEBHOOK_MAX_ATTEMPTS"
  | "CENTER_WEBHOOK_BACKOFF_MS"
  | "CENTER_WEBHOOK_BACKOFF_MAX_MS"
>;

export interface CenterWorkers {
  consumer: EventConsumer;
  webhooks: WebhookWorker;
  stop(): Promise<void>;
}

/** The consumer of every department's feed and the webhook sender, running inside the centre process. */
export function startCenterWorkers(options: {
  db: CenterDb;
  graph: GraphReader;
  cipher: FieldCipher;
  egress: Egress;
  env: WorkerEnv;
  log: Logger;
}): CenterWorkers {
  const { db, env, log } = options;
  const webhooks = new WebhookWorker({
    db,
    cipher: options.cipher,
    log: log.child({ worker: "webhooks" }),
    egress: options.egress,
    settings: {
      pollMs: env.CENTER_WEBHOOK_POLL_MS,
      timeoutMs: env.CENTER_WEBHOOK_TIMEOUT_MS,
      concurrency: env.CENTER_WEBHOOK_CONCURRENCY,
      maxAttempts: env.CENTER_WEBHOOK_MAX_ATTEMPTS,
      backoffBaseMs: env.CENTER_WEBHOOK_BACKOFF_MS,
      backoffMaxMs: env.CENTER_WEBHOOK_BACKOFF_MAX_MS,
    },
  });
  const consumer = new EventConsumer({
    db,
    sources: defaultFeedSources(db, options.graph),
    log: log.child({ worker: "consumer" }),
    pollMs: env.CENTER_CONSUMER_POLL_MS,
    onConsumed: () => webhooks.wake(),
  });
  consumer.start();
  webhooks.start();
  return {
    consumer,
    webhooks,
    async stop() {
      await consumer.stop();
      await webhooks.stop();
    },
  };
}
