import type { ServiceMetrics } from "@hub/subgraph-kit";
import { Gauge } from "prom-client";
import type { FeedLag } from "../consumer/feed-lag";
import type { CenterDb } from "../db";

const DELIVERY_STATES_SQL = `
SELECT CASE WHEN status = 'DEAD' THEN 'dead'
            WHEN last_error IS NOT NULL OR last_status_code IS NOT NULL THEN 'retrying'
            ELSE 'pending' END AS state,
       count(*)::int AS count
  FROM webhook_delivery
 WHERE status <> 'DELIVERED'
 GROUP BY 1`;

/**
 * The centre's own gauges, read from its database at each scrape: webhook deliveries not yet
 * delivered, and the running time limits past due by stage. A scrape while the database is
 * down leaves them out rather than failing the whole page.
 */
export function registerCenterGauges(metrics: ServiceMetrics, db: CenterDb, clock: () => Date = () => new Date()): void {
  const registers = [metrics.registry];
  new Gauge({
    name: "hub_webhook_deliveries",
    help: "Webhook deliveries not yet delivered, by state (pending: never tried yet, retrying: failed at least once, dead: given up)",
    labelNames: ["state"],
    registers,
    async collect() {
      const rows = await db.$queryRawUnsafe<{ state: string; count: number }[]>(DELIVERY_STATES_SQL).catch(() => null);
      if (!rows) return;
      this.reset();
      for (const state of ["pending", "retrying", "dead"]) this.set({ state }, rows.find((row) => row.state === state)?.count ?? 0);
    },
  });
  new Gauge({
    name: "hub_overdue_stages",
    help: "Running stage time limits past their due time, by stage (督办 refreshes them)",
    labelNames: ["stage"],
    registers,
    async collect() {
      const groups = await db.stageDeadline
        .groupBy({ by: ["stage"], where: { closedAt: null, dueAt: { lt: clock() } }, _count: { _all: true } })
        .catch(() => null);
      if (!groups) return;
      this.reset();
      for (const group of groups) this.set({ stage: group.stage }, group._count._all);
    },
  });
}

/** The consumer's lag per department feed (see FeedLag for what the numbers mean). */
export function registerConsumerGauges(metrics: ServiceMetrics, lag: () => FeedLag | null): void {
  const registers = [metrics.registry];
  new Gauge({
    name: "hub_consumer_lag_events",
    help: "Events of a department's feed read ahead of the centre consumer's cursor and not yet applied (0 when caught up)",
    labelNames: ["department"],
    registers,
    collect() {
      for (const source of lag()?.snapshot() ?? []) this.set({ department: source.department }, source.events);
    },
  });
  new Gauge({
    name: "hub_consumer_lag_seconds",
    help: "How far behind a department's feed the centre consumer is, in seconds (0 when caught up)",
    labelNames: ["department"],
    registers,
    collect() {
      for (const source of lag()?.snapshot() ?? []) this.set({ department: source.department }, source.seconds);
    },
  });
}
