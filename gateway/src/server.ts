import http from "node:http";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import type { Logger } from "./logger";
import { acceptedSecrets, close, DEFAULT_ACTOR_LIFETIME_SECONDS, listen } from "@hub/contract";
import { mountMetrics, requestMetricsPlugin, type MetricsAccess } from "@hub/telemetry";
import express from "express";
import type { GraphQLSchema } from "graphql";
import type { JSONWebKeySet } from "jose";
import { accessPlugin } from "./access/access-plugin";
import { accessLog } from "./access-log";
import { delegationVerifier } from "./auth/delegation";
import { consoleRouter } from "./console/console-router";
import { documentsRouter } from "./documents/documents-router";
import type { ConsoleOptions } from "./console/options";
import { intakeRouter, type IntakeOptions } from "./intake/intake-router";
import { authenticate } from "./auth/middleware";
import { createTokenVerifier } from "./auth/verifier";
import { cors } from "./cors/cors";
import type { GatewayContext } from "./context";
import { subgraphServiceBuilder } from "./datasource";
import { formatError } from "./format-error";
import { errorHandler, notFound } from "./http-errors";
import { ideAssetsRouter, idePageForBrowsers, sendIdePage } from "./ide/router";
import { DEFAULT_LIMITS, type OperationLimits } from "./limits/config";
import { createRequestSignals, operationDeadline } from "./limits/deadline";
import { declaredLengthLimit } from "./limits/declared-length";
import { operationGuard } from "./limits/guard";
import { persistedOperations, type PersistedOperationsOptions } from "./persisted/allowlist";
import { countingPlanCache, createGatewayMetrics } from "./observability/gateway-metrics";
import { outcomePlugin } from "./plugins";
import type { RateLimits } from "./rate-limit/config";
import { createRateLimiter } from "./rate-limit/limiter";
import { readinessHandler } from "./readiness";
import { requestIdMiddleware } from "./request-id";
import { requestState } from "./request-state";
import { supergraphFromFile, type SupergraphReloadEvent } from "./supergraph";

export type { GatewayContext } from "./context";
export type { SupergraphReloadEvent } from "./supergraph";

export interface GatewayServerOptions {
  /** The composed supergraph SDL file; watched and reloaded when it changes. */
  supergraphPath: string;
  /** GraphQL endpoint of each subgraph, by its name in the supergraph. */
  subgraphUrls: Readonly<Record<string, string>>;
  /** Public keys that may sign callers' bearer tokens, or the identity provider's JWKS URL (fetched, cached, refreshed on a new `kid`). */
  jwks: JSONWebKeySet | URL;
  /** Required `iss` of bearer tokens. */
  issuer: string;
  /** Required `aud` of bearer tokens. */
  audience: string;
  /** Shared with the subgraphs; signs the actor forwarded to them. */
  gatewaySecret: string;
  /** During a rotation, the secret being retired: subgraphs' delegated actors signed with it are still accepted. */
  previousGatewaySecret?: string;
  /** Lifetime of the actor credential forwarded to subgraphs (default 30 s; subgraphs accept at most 60 s). */
  actorTokenSeconds?: number;
  /** Bearer tokens issued longer ago than this (`iat`) are refused (default 12 h). */
  maxTokenAgeSeconds?: number;
  /** Hides the IDE, introspection, stack traces and internal error details. */
  production: boolean;
  log: Logger;
  /** How often the supergraph file is checked for changes (default 1000 ms). */
  supergraphPollIntervalMs?: number;
  /** Called after each attempt to apply a changed supergraph file. */
  onSupergraphReload?: (event: SupergraphReloadEvent) => void;
  /** Longest wait for one subgraph request (default 30 000 ms). */
  subgraphTimeoutMs?: number;
  /** Checks root fields against the hub's access policy before planning (default true; off only for toy supergraphs in tests). */
  accessPolicy?: boolean;
  /** Longest wait for a subgraph's /ready answer (default 2000 ms). */
  readyTimeoutMs?: number;
  /** Operation limits; those not given keep DEFAULT_LIMITS. */
  limits?: Partial<OperationLimits>;
  /** Per-caller request budgets; none when omitted (`src/index.ts` always passes the configured ones). */
  rateLimits?: RateLimits;
  /** The persisted-operations manifest and whom it binds; none when omitted. */
  persistedOperations?: PersistedOperationsOptions;
  /** Origins whose pages may call the gateway, with credentials (default: none). */
  corsOrigins?: readonly string[];
  /** Express's `trust proxy`: which proxies' X-Forwarded-For gives the client address (default: none). */
  trustProxy?: boolean | number | string;
  /** The department console served at /console/ (none when omitted). */
  console?: ConsoleOptions;
  /** Who may read /metrics (default: loopback peers on the gateway's own port). */
  metrics?: MetricsAccess;
  /** The 解纷码 public page served at /intake/ (none when omitted). */
  intake?: IntakeOptions;
}

export interface GatewayServer {
  app: express.Express;
  httpServer: http.Server;
  /** Starts listening; resolves with the port actually bound (0 picks a free one). */
  listen(port: number, host?: string): Promise<number>;
  /** Stops taking requests, lets running ones finish, and stops watching the supergraph. */
  stop(): Promise<void>;
}

/**
 * Node's own request timeout, checked often enough to matter: a request whose headers and body
 * have not arrived within `bodyTimeoutMs` is answered 408 and its connection closed.
 */
function requestTimeouts(bodyTimeoutMs: number): http.ServerOptions {
  return {
    requestTimeout: bodyTimeoutMs,
    headersTimeout: Math.min(bodyTimeoutMs, 60_000),
    connectionsCheckingInterval: Math.max(100, Math.min(1000, Math.floor(bodyTimeoutMs / 4))),
  };
}

/** Builds the gateway (loads the supergraph, wires the HTTP app) without listening. */
export async function createGatewayServer(options: GatewayServerOptions): Promise<GatewayServer> {
  const { log, production } = options;
  if (production && options.console?.localSignIn) {
    throw new Error("The local sign-in issues demo tokens and is refused in production: configure the console's OIDC provider instead");
  }
  const limits: OperationLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const signals = createRequestSignals();
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", options.trustProxy ?? false);
  const httpServer = http.createServer(requestTimeouts(limits.bodyTimeoutMs), app);
  const metrics = createGatewayMetrics();

  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile({
      path: options.supergraphPath,
      pollIntervalMs: options.supergraphPollIntervalMs ?? 1000,
      log,
      ...(options.onSupergraphReload ? { onReload: options.onSupergraphReload } : {}),
    }),
    buildService: subgraphServiceBuilder({
      subgraphUrls: options.subgraphUrls,
      gatewaySecret: options.gatewaySecret,
      actorTokenSeconds: options.actorTokenSeconds ?? DEFAULT_ACTOR_LIFETIME_SECONDS,
      timeoutMs: options.subgraphTimeoutMs ?? 30_000,
      log,
      signals,
      metrics,
    }),
    queryPlannerConfig: { cache: countingPlanCache(metrics) },
    validateSupergraph: true,
    logger: log.child({ component: "apollo-gateway" }),
  });
  let apiSchema: GraphQLSchema | undefined;
  const stopWatchingSchema = gateway.onSchemaLoadOrUpdate((loaded) => {
    apiSchema = loaded.apiSchema;
  });
  const rateLimiter = options.rateLimits ? createRateLimiter(options.rateLimits, log.child({ component: "rate-limit" })) : undefined;
  await rateLimiter?.ready();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    formatError: formatError(production),
    logger: log.child({ component: "apollo-server" }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      outcomePlugin(),
      requestMetricsPlugin<GatewayContext>(metrics),
      ...(options.accessPolicy === false ? [] : [accessPlugin()]),
    ],
  });
  await apollo.start();

  const metricsEndpoint = mountMetrics(app, metrics.registry, options.metrics);
  app.use(requestIdMiddleware(log), accessLog(), cors({ origins: options.corsOrigins ?? [] }));
  app.get("/health", (_req, res) => {
    res.set("Cache-Control", "no-store").json({ status: "ok" });
  });
  app.get("/ready", readinessHandler({ subgraphUrls: options.subgraphUrls, timeoutMs: options.readyTimeoutMs ?? 2000 }));
  if (!production) {
    app.use("/ide", ideAssetsRouter());
    app.get("/", sendIdePage);
    app.get("/graphql", idePageForBrowsers);
  }
  const authenticateCaller = authenticate(
    createTokenVerifier({
      jwks: options.jwks,
      issuer: options.issuer,
      audience: options.audience,
      ...(options.maxTokenAgeSeconds === undefined ? {} : { maxTokenAgeSeconds: options.maxTokenAgeSeconds }),
    }),
    delegationVerifier(acceptedSecrets(options.gatewaySecret, options.previousGatewaySecret)),
  );
  app.use(
    "/graphql",
    declaredLengthLimit(limits.maxBodyBytes),
    express.json({ limit: limits.maxBodyBytes }),
    authenticateCaller,
    ...(rateLimiter ? [rateLimiter.middleware] : []),
    ...(options.persistedOperations ? [persistedOperations(options.persistedOperations)] : []),
    operationGuard({ limits, schema: () => apiSchema, ...(rateLimiter ? { check: rateLimiter.intakeCheck } : {}) }),
    operationDeadline(limits.operationTimeoutMs, signals),
    expressMiddleware(apollo, {
      context: async ({ res }): Promise<GatewayContext> => {
        const { requestId, correlationId, actor, log: requestLog, outcome } = requestState(res);
        return { requestId, correlationId, actor, log: requestLog, outcome };
      },
    }),
  );
  app.use(
    "/documents",
    documentsRouter(
      async (query, variables, contextValue) => {
        const response = await apollo.executeOperation({ query, variables }, { contextValue });
        if (response.body.kind !== "single") throw new Error("a document's query answered incrementally");
        const { data, errors } = response.body.singleResult;
        return { data, errors: errors?.map((error) => ({ message: error.message, extensions: { ...error.extensions } })) };
      },
      [authenticateCaller, ...(rateLimiter ? [rateLimiter.middleware] : [])],
    ),
  );
  if (options.console) {
    app.get("/console", (req, res, next) => (req.originalUrl === "/console" ? res.redirect(301, "/console/") : next()));
    app.use("/console", consoleRouter(options.console));
  }
  if (options.intake) {
    app.get("/intake", (req, res, next) => (req.originalUrl === "/intake" ? res.redirect(301, "/intake/") : next()));
    app.use("/intake", intakeRouter(options.intake));
  }
  app.use(notFound);
  app.use(errorHandler);

  return {
    app,
    httpServer,
    async listen(port, host) {
      await metricsEndpoint.listen();
      return listen(httpServer, port, host);
    },
    async stop() {
      stopWatchingSchema();
      await metricsEndpoint.close();
      await apollo.stop();
      await rateLimiter?.close();
      await close(httpServer);
    },
  };
}
