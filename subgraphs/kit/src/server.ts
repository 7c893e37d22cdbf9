import http from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type pg from "pg";
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import { acceptedSecrets, close as closeServer, INTERNAL_ERROR_MESSAGE, listen, ReplayGuard } from "@hub/contract";
import { baseContext, type HubContext } from "./context";
import { ErrorCode } from "./errors";
import { isBackgroundActor } from "./feed/feed-access";
import type { Logger } from "./logger";
import {
  createServiceMetrics,
  metricsAccessOf,
  mountMetrics,
  observePool,
  requestMetricsPlugin,
  type MetricsAccess,
  type ServiceMetrics,
} from "@hub/telemetry";

export interface SubgraphServerOptions<C extends HubContext> {
  name: string;
  schema: GraphQLSchema;
  /** The shared secret, or the current and the previous one during a rotation. */
  gatewaySecret: string | readonly string[];
  log: Logger;
  /** Shows callers internal error details and stack traces; only where NODE_ENV is development (never in test or production). */
  development: boolean;
  /** Adds the department's per-request pieces (loaders, services) to the base context. */
  extendContext: (base: HubContext) => C;
  /** Resolves when the service can serve traffic (e.g. its database answers). */
  checkReady: () => Promise<void>;
  /** Where `context.now` comes from; tests move it to cross a legal time limit. */
  clock?: () => Date;
  /** Refuse forwarded actor credentials that live longer (default and ceiling 60 s). */
  maxActorLifetimeSeconds?: number;
  /** Who may read /metrics (default: loopback peers on the service's own port). */
  metrics?: MetricsAccess;
}

export interface SubgraphServer {
  app: express.Express;
  httpServer: http.Server;
  /** The Prometheus registry /metrics serves; a department adds its own gauges to it. */
  metrics: ServiceMetrics;
  /** Starts listening; resolves with the port actually bound (0 picks a free one). */
  listen(port: number, host?: string): Promise<number>;
  stop(): Promise<void>;
}

const EXPECTED_CODES = new Set<string>(Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL));

function requestLogging(log: Logger): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart({ contextValue, request }) {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code === "string" && EXPECTED_CODES.has(code)) continue;
            (contextValue.log ?? log).error({ err: error.originalError ?? error, path: error.path }, "resolver failed");
          }
        },
        async willSendResponse({ errors }) {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          const line = { operation: request.operationName ?? null, ms };
          // The centre's consumer polls every feed each second: at rest its reads would be most of the log.
          const routine = contextValue.actor !== undefined && isBackgroundActor(contextValue.actor) && !errors?.length;
          if (routine) contextValue.log?.debug(line, "request served");
          else contextValue.log?.info(line, "request served");
        },
      };
    },
  };
}

/** Hides unexpected failures (driver messages, generated-client paths) from callers; expected, coded errors pass unchanged. */
function formatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    const unexpected = code === ErrorCode.INTERNAL || (original !== undefined && !(original instanceof GraphQLError));
    if (!unexpected || development) return formatted;
    return { message: INTERNAL_ERROR_MESSAGE, path: formatted.path, extensions: { code: ErrorCode.INTERNAL } };
  };
}

/** Builds the subgraph's HTTP app (GraphQL at /graphql, /health, /ready) without listening. */
export async function createSubgraphServer<C extends HubContext>(options: SubgraphServerOptions<C>): Promise<SubgraphServer> {
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const metrics = createServiceMetrics(options.name);
  const apollo = new ApolloServer<C>({
    schema: options.schema,
    introspection: true,
    includeStacktraceInErrorResponses: options.development,
    formatError: formatError(options.development),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      requestLogging(options.log) as ApolloServerPlugin<C>,
      requestMetricsPlugin<C>(metrics),
    ],
  });
  await apollo.start();
  const replays = new ReplayGuard();

  const metricsEndpoint = mountMetrics(app, metrics.registry, options.metrics);
  app.get("/health", (_req, res) => {
    res.json({ status: "ok", service: options.name });
  });
  app.get("/ready", async (_req, res) => {
    try {
      await options.checkReady();
      res.json({ status: "ready", service: options.name });
    } catch (error) {
      res.status(503).json({ status: "not ready", service: options.name, reason: (error as Error).message });
    }
  });
  app.use(
    "/graphql",
    express.json({ limit: "2mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        options.extendContext(
          await baseContext(req.headers, options.gatewaySecret, options.log, options.clock, {
            replays,
            ...(options.maxActorLifetimeSeconds === undefined ? {} : { maxLifetimeSeconds: options.maxActorLifetimeSeconds }),
          }),
        ),
    }),
  );

  return {
    app,
    httpServer,
    metrics,
    async listen(port, host) {
      await metricsEndpoint.listen();
      return listen(httpServer, port, host);
    },
    async stop() {
      await metricsEndpoint.close();
      await apollo.stop();
      await closeServer(httpServer);
    },
  };
}

export interface DepartmentServerOptions<DB, C extends HubContext> {
  name: string;
  env: {
    HUB_GATEWAY_SECRET: string;
    HUB_GATEWAY_SECRET_PREVIOUS?: string | undefined;
    HUB_ACTOR_MAX_SECONDS?: number | undefined;
    NODE_ENV: string;
    HUB_METRICS_PORT?: number | undefined;
    HUB_METRICS_HOST?: string | undefined;
    HUB_METRICS_TOKEN?: string | undefined;
    HUB_METRICS_ALLOW?: readonly string[] | undefined;
  };
  log: Logger;
  schema: GraphQLSchema;
  /** The department's own database, its pool (for the pool gauges) and how to close it. */
  database: { db: DB; close: () => Promise<void>; pool?: pg.Pool };
  /** A cheap statement proving the database answers, for /ready. */
  ping: (db: DB) => Promise<unknown>;
  extendContext: (base: HubContext) => C;
  clock?: () => Date;
}

/** A department's subgraph on its own database: ready when the database answers; `stop` also closes the pool. */
export async function createDepartmentServer<DB, C extends HubContext>(
  options: DepartmentServerOptions<DB, C>,
): Promise<SubgraphServer & { db: DB }> {
  const { db, close } = options.database;
  const server = await createSubgraphServer({
    name: options.name,
    schema: options.schema,
    gatewaySecret: acceptedSecrets(options.env.HUB_GATEWAY_SECRET, options.env.HUB_GATEWAY_SECRET_PREVIOUS),
    log: options.log,
    development: options.env.NODE_ENV === "development",
    ...(options.env.HUB_ACTOR_MAX_SECONDS === undefined ? {} : { maxActorLifetimeSeconds: options.env.HUB_ACTOR_MAX_SECONDS }),
    extendContext: options.extendContext,
    ...(options.clock ? { clock: options.clock } : {}),
    metrics: metricsAccessOf(options.env),
    checkReady: async () => {
      await options.ping(db);
    },
  });
  if (options.database.pool) observePool(server.metrics, options.database.pool);
  return {
    ...server,
    db,
    async stop() {
      await server.stop();
      await close();
    },
  };
}
