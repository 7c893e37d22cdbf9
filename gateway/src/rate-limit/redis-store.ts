import type { Logger } from "../logger";
import { Redis } from "ioredis";
import type { SharedRateLimitStore } from "./config";

/** How long start-up waits for Redis before serving under the configured failure mode. */
const CONNECT_WAIT_MS = 2000;

export interface RateLimitStoreConnection {
  client: Redis;
  /** A command failed (Redis down or too slow): logged once per outage. */
  failed(error: Error): void;
  /** A command succeeded: the outage, if any, is over. */
  succeeded(): void;
  /** Resolves once connected, or after a short wait when Redis cannot be reached yet. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/**
 * One Redis connection for every budget of this gateway. Commands fail at once while it is
 * disconnected (no offline queue), so a request never waits on a reconnect; it keeps
 * reconnecting in the background. An outage is logged once when it starts and once when it ends.
 */
export function connectRateLimitStore(store: SharedRateLimitStore, log: Logger): RateLimitStoreConnection {
  const client = new Redis(store.redisUrl, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: store.timeoutMs,
    connectTimeout: Math.max(store.timeoutMs, 1000),
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let down = false;
  let closing = false;
  const failed = (error: Error) => {
    if (down || closing) return;
    down = true;
    log.warn({ err: error.message, whenDown: store.whenDown }, "rate-limit store unreachable");
  };
  const succeeded = () => {
    if (!down) return;
    down = false;
    log.info("rate-limit store reachable again");
  };
  client.on("error", failed);
  client.on("close", () => failed(new Error("connection closed")));
  client.on("ready", succeeded);
  return {
    client,
    failed,
    succeeded,
    ready: () =>
      client.status === "ready"
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const timer = setTimeout(done, CONNECT_WAIT_MS);
            client.once("ready", done);
            function done() {
              clearTimeout(timer);
              client.off("ready", done);
              resolve();
            }
          }),
    async close() {
      closing = true;
      client.disconnect();
    },
  };
}
