import { randomUUID } from "node:crypto";
import { ACTOR_HEADER, ANONYMOUS, createLogger, REQUEST_ID_HEADER, signActor, type Actor, type SubgraphServer } from "@hub/subgraph-kit";
import type { GraphQLFormattedError } from "graphql";
import pino from "pino";
import { TEST_DATA_KEYS, TEST_GATEWAY_SECRET, testDatabaseUrl } from "./env";
import type { DepartmentName } from "./migrations";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

export type SubgraphFactory<S extends SubgraphServer> = (options: {
  env: {
    DATABASE_URL: string;
    DATABASE_POOL_SIZE: number;
    HUB_GATEWAY_SECRET: string;
    HUB_GATEWAY_URL: string;
    NODE_ENV: "test";
  } & typeof TEST_DATA_KEYS;
  log: ReturnType<typeof createLogger>;
  onQuery?: (sql: string) => void;
  clock?: () => Date;
}) => Promise<S>;

/** One subgraph on a free port against the test database, with a counter of the SQL it sends. */
export interface RunningSubgraph<S extends SubgraphServer> {
  server: S;
  port: number;
  url: string;
  /** SQL statements sent since the last `resetQueries()`. */
  queries: string[];
  resetQueries(): void;
  /** Posts a GraphQL request as the gateway would, signing `as` (anonymous by default). */
  request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: Actor | null,
    requestId?: string,
  ): Promise<GraphQLResponse<T>>;
  /** Posts with raw headers, e.g. none at all or a forged credential. */
  rawRequest(body: unknown, headers: Record<string, string>): Promise<{ status: number; body: unknown }>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Listen on this port (0, the default, picks a free one). */
  port?: number;
  /** The gateway the subgraph reads other departments through; unreachable unless a test starts one. */
  gatewayUrl?: string;
  /** A database of the test's own instead of the department's shared test database. */
  databaseUrl?: string;
  /** The subgraph's clock (system time by default). */
  clock?: () => Date;
  /** Receives each JSON log line the subgraph writes; logs are dropped otherwise. */
  logSink?: (line: Record<string, unknown>) => void;
}

function testLogger(department: DepartmentName, sink?: (line: Record<string, unknown>) => void) {
  if (!sink) return createLogger(department, "silent");
  return pino(
    { level: "info", base: { service: department } },
    { write: (line: string) => sink(JSON.parse(line) as Record<string, unknown>) },
  );
}

export async function startSubgraph<S extends SubgraphServer>(
  department: DepartmentName,
  factory: SubgraphFactory<S>,
  options: StartOptions = {},
): Promise<RunningSubgraph<S>> {
  const queries: string[] = [];
  const server = await factory({
    env: {
      DATABASE_URL: options.databaseUrl ?? testDatabaseUrl(department),
      DATABASE_POOL_SIZE: 10,
      HUB_GATEWAY_SECRET: TEST_GATEWAY_SECRET,
      HUB_GATEWAY_URL: options.gatewayUrl ?? "http://127.0.0.1:9/graphql",
      NODE_ENV: "test",
      ...TEST_DATA_KEYS,
    },
    log: testLogger(department, options.logSink),
    onQuery: (sql) => queries.push(sql),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const port = await server.listen(options.port ?? 0, "127.0.0.1");
  const url = `http://127.0.0.1:${port}/graphql`;

  const rawRequest = async (body: unknown, headers: Record<string, string>) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };

  return {
    server,
    port,
    url,
    queries,
    resetQueries: () => void queries.splice(0, queries.length),
    async request<T>(query: string, variables: Record<string, unknown> = {}, as: Actor | null = ANONYMOUS, requestId = randomUUID()) {
      const headers: Record<string, string> = { [REQUEST_ID_HEADER]: requestId };
      if (as) headers[ACTOR_HEADER] = await signActor(as, TEST_GATEWAY_SECRET, requestId);
      const { status, body } = await rawRequest({ query, variables }, headers);
      return { status, ...(body as Omit<GraphQLResponse<T>, "status">) };
    },
    rawRequest,
    stop: () => server.stop(),
  };
}

/** Only the statements that read or write data (not BEGIN/COMMIT or pool chatter). */
export function dataStatements(queries: readonly string[]): string[] {
  return queries.filter((sql) => /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i.test(sql));
}

/** Counts the data statements that touch `table`. */
export function statementsOn(queries: readonly string[], table: string): number {
  const quoted = new RegExp(`"(public"\\.")?${table}"`);
  return dataStatements(queries).filter((sql) => quoted.test(sql)).length;
}
