import type { Department } from "@hub/subgraph-kit";
import type { SourcePage } from "./feed-source";

interface SourceLag {
  /** Events the last read returned ahead of the cursor, not yet known applied (a lower bound while the page was full). */
  events: number;
  /** When the oldest of them occurred. */
  oldestPending: Date | null;
  /** When a poll last read the feed to its end. */
  caughtUpAt: Date | null;
  /** Whether the last attempt to read the feed failed. */
  failing: boolean;
  /** Set when a failing feed was read again, until reported once. */
  recovered: boolean;
}

/**
 * How far behind each department's feed the consumer is. Caught up: 0 events, 0 s. Draining a
 * backlog: the events of the page in hand, and the age of its oldest. A feed that cannot be
 * read: the last known events, and the time since it was last read to its end (nothing that
 * happened before then can still be waiting).
 */
export class FeedLag {
  private readonly sources = new Map<Department, SourceLag>();

  constructor(private readonly now: () => Date) {}

  private of(department: Department): SourceLag {
    let lag = this.sources.get(department);
    if (!lag) {
      lag = { events: 0, oldestPending: null, caughtUpAt: null, failing: false, recovered: false };
      this.sources.set(department, lag);
    }
    return lag;
  }

  read(department: Department, page: SourcePage): void {
    const lag = this.of(department);
    if (lag.failing) lag.recovered = true;
    lag.failing = false;
    lag.events = page.events.length;
    lag.oldestPending = page.events[0]?.occurredAt ?? null;
  }

  caughtUp(department: Department): void {
    const lag = this.of(department);
    lag.events = 0;
    lag.oldestPending = null;
    lag.caughtUpAt = this.now();
  }

  /** Records a failed read; true the first time in a row (worth a warning). */
  failed(department: Department): boolean {
    const lag = this.of(department);
    const first = !lag.failing;
    lag.failing = true;
    return first;
  }

  /** True once after a failing feed was read again. */
  recovered(department: Department): boolean {
    const lag = this.of(department);
    const recovered = lag.recovered;
    lag.recovered = false;
    return recovered;
  }

  snapshot(): { department: Department; events: number; seconds: number }[] {
    const now = this.now().getTime();
    return [...this.sources].map(([department, lag]) => {
      const since = lag.failing ? lag.caughtUpAt : lag.oldestPending;
      return { department, events: lag.events, seconds: since ? Math.max(0, (now - since.getTime()) / 1000) : 0 };
    });
  }
}
