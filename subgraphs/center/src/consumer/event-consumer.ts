import { inWorkSpan, type Logger } from "@hub/subgraph-kit";
import type { CenterDb } from "../db";
import { consumePage } from "./consume-page";
import { FeedLag } from "./feed-lag";
import type { FeedSource } from "./feed-source";

export interface EventConsumerOptions {
  db: CenterDb;
  sources: FeedSource[];
  log: Logger;
  /** Pause between polls when every source is caught up. */
  pollMs: number;
  pageSize?: number;
  clock?: () => Date;
  /** Called after each page that consumed something (the webhook worker wakes on it). */
  onConsumed?: () => void;
}

/**
 * The centre's background consumer of every department's feed: at-least-once reading, the
 * inbox making it exactly-once in effect. One source failing (its subgraph down) is logged and
 * retried at the next poll without holding the others back.
 */
export class EventConsumer {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  /** Set by stop(): a drain in progress ends after its current page. */
  private stopping = false;
  /** How far behind each feed the consumer is, for hub_consumer_lag_*. */
  readonly lag = new FeedLag(() => this.now());

  constructor(private readonly options: EventConsumerOptions) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.stopping = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Reads every source up to its current end once; returns how many new events were consumed. */
  async pollOnce(): Promise<number> {
    let total = 0;
    for (const source of this.options.sources) {
      try {
        total += await this.drain(source);
      } catch (error) {
        // Logged when the feed first fails and when it recovers, not at every poll while it is down.
        if (this.lag.failed(source.department)) {
          this.options.log.warn({ err: error, source: source.department }, "event feed not consumed; retrying at each poll");
        } else {
          this.options.log.debug({ err: error, source: source.department }, "event feed still not consumed");
        }
      }
    }
    return total;
  }

  private async drain(source: FeedSource): Promise<number> {
    const { db } = this.options;
    let total = 0;
    for (let pages = 0; pages < 100 && !this.stopping; pages++) {
      const cursor = (await db.feedCursor.findUnique({ where: { source: source.department } }))?.cursor || null;
      const page = await source.read(cursor, this.options.pageSize ?? 200);
      this.lag.read(source.department, page);
      if (this.lag.recovered(source.department)) this.options.log.info({ source: source.department }, "event feed consumed again");
      if (!page.events.length && page.nextCursor === cursor) {
        this.lag.caughtUp(source.department);
        return total;
      }
      const attributes = { "hub.feed.department": source.department, "hub.event.ids": page.events.map((event) => event.id) };
      const result = await inWorkSpan(`consume ${source.department} feed`, attributes, () =>
        consumePage(db, source.department, cursor, page, this.now()),
      );
      if ("moved" in result) continue;
      total += result.consumed;
      if (result.consumed) this.options.onConsumed?.();
      if (!page.hasMore) {
        this.lag.caughtUp(source.department);
        return total;
      }
    }
    return total;
  }

  private now(): Date {
    return (this.options.clock ?? (() => new Date()))();
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.pollOnce()
        .then(() => undefined)
        .finally(() => {
          this.running = null;
          this.schedule(this.options.pollMs);
        });
    }, delay);
  }
}
