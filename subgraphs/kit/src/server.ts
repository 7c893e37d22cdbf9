import http from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import { acceptedSecrets, close as closeServer, INTERNAL_ERROR_MESSAGE, listen, ReplayGuard } from "@hub/contract";
import { baseContext, type HubContext } from "./context";
import { ErrorCode } from "./errors";
import type { Logger } from "./logger";

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
}

export interface SubgraphServer {
  app: express.Express;
  httpServer: http.Server;
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
        async willSendResponse() {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          contextValue.log?.info({ operation: request.operationName ?? null, ms }, "request served");
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
  const apollo = new ApolloServer<C>({
    schema: options.schema,
    introspection: true,
    includeStacktraceInErrorResponses: options.development,
    formatError: formatError(options.development),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      requestLogging(options.log) as ApolloServerPlugin<C>,
    ],
  });
  await apollo.start();
  const replays = new ReplayGuard();

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
    listen: (port, host) => listen(httpServer, port, host),
    async stop() {
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
  };
  log: Logger;
  schema: GraphQLSchema;
  /** The department's own database and how to close it. */
  database: { db: DB; close: () => Promise<void> };
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
    checkReady: async () => {
      await options.ping(db);
    },
  });
  return {
    ...server,
    db,
    async stop() {
      await server.stop();
      await close();
    },
  };
}
