import client, { Counter, Histogram, Registry } from "prom-client";
import type { ApolloServerPlugin } from "@apollo/server";
import type pg from "pg";

/** Operation names are chosen by callers: beyond this many distinct ones, the rest count as `other`. */
const MAX_OPERATION_NAMES = 500;
const SANE_OPERATION = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** One registry per server (several run in one test process), labelled with the service. */
export interface ServiceMetrics {
  registry: Registry;
  requests: Counter<"operation" | "status" | "code">;
  duration: Histogram<"operation" | "status">;
  /** A bounded label for a caller's operation name. */
  operationLabel(name: string | null | undefined): string;
}

export function createServiceMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  client.collectDefaultMetrics({ register: registry, prefix: "hub_" });
  const seen = new Set<string>();
  return {
    registry,
    requests: new Counter({
      name: "hub_graphql_requests_total",
      help: "GraphQL requests answered, by operation name, HTTP status and first error code (none when it succeeded)",
      labelNames: ["operation", "status", "code"],
      registers: [registry],
    }),
    duration: new Histogram({
      name: "hub_graphql_request_duration_seconds",
      help: "Time from a GraphQL request's start to its response, by operation name and HTTP status",
      labelNames: ["operation", "status"],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    }),
    operationLabel(name) {
      // The gateway names a subgraph's part of an operation `<Name>__<subgraph>__<n>`: count it under <Name>.
      const base = (name ?? "").replace(/__[a-z]+__\d+$/, "");
      if (!base) return "anonymous";
      if (!SANE_OPERATION.test(base)) return "other";
      if (seen.has(base)) return base;
      if (seen.size >= MAX_OPERATION_NAMES) return "other";
      seen.add(base);
      return base;
    },
  };
}

/** Counts and times every GraphQL request the server answers. */
export function requestMetricsPlugin<C extends object>(metrics: ServiceMetrics): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, request, response, errors }) {
          const operation = metrics.operationLabel(operationName ?? request.operationName);
          const status = String(response.http.status ?? 200);
          const body = response.body;
          const first = errors?.[0] ?? (body.kind === "single" ? body.singleResult.errors?.[0] : body.initialResult.errors?.[0]);
          const code = first?.extensions?.code;
          metrics.requests.inc({ operation, status, code: typeof code === "string" ? code : first ? "UNKNOWN" : "none" });
          metrics.duration.observe({ operation, status }, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}

/** The database pool's connections in use, idle and the requests waiting for one, read at each scrape. */
export function observePool(metrics: ServiceMetrics, pool: pg.Pool): void {
  new client.Gauge({
    name: "hub_db_pool_connections",
    help: "Connections of the database pool, by state (in_use, idle)",
    labelNames: ["state"],
    registers: [metrics.registry],
    collect() {
      this.set({ state: "idle" }, pool.idleCount);
      this.set({ state: "in_use" }, pool.totalCount - pool.idleCount);
    },
  });
  new client.Gauge({
    name: "hub_db_pool_waiting",
    help: "Queries waiting for a free database connection",
    registers: [metrics.registry],
    collect() {
      this.set(pool.waitingCount);
    },
  });
}
