import { randomUUID } from "node:crypto";
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions, type ServiceEndpointDefinition } from "@apollo/gateway";
import { ACTOR_HEADER, ANONYMOUS, Audience, CORRELATION_ID_HEADER, REQUEST_ID_HEADER, signActor } from "@hub/contract";
import type { Logger } from "./logger";
import { GraphQLError } from "graphql";
import { isGatewayContext, type GatewayContext } from "./context";
import { gatewayError, GatewayErrorCode } from "./errors";
import { OperationTimedOut, type RequestSignals } from "./limits/deadline";

type FetcherResponse = Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0];

export interface SubgraphDataSourceOptions {
  name: string;
  url: string;
  gatewaySecret: string;
  /** Lifetime of each forwarded actor credential, in seconds. */
  actorTokenSeconds: number;
  timeoutMs: number;
  log: Logger;
  /** The signal of the request each fetch is made for (aborted when its operation times out). */
  signals?: RequestSignals;
}

interface GraphQLErrorJson {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

function graphqlErrorsIn(body: unknown): GraphQLErrorJson[] {
  if (typeof body !== "object" || body === null || !("errors" in body) || !Array.isArray(body.errors)) return [];
  return body.errors.filter((error): error is GraphQLErrorJson => typeof error === "object" && error !== null);
}

/**
 * Sends the gateway's sub-queries to one subgraph, carrying the request id and the
 * gateway-signed actor. A subgraph that cannot answer yields an error naming it (the rest of
 * the response still carries the other subgraphs' data). Nothing is cached, so the next
 * request after a subgraph comes back reaches it again.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly name: string;
  private readonly gatewaySecret: string;
  private readonly actorTokenSeconds: number;
  private readonly log: Logger;
  private readonly signals: RequestSignals | undefined;

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url });
    this.name = options.name;
    this.gatewaySecret = options.gatewaySecret;
    this.actorTokenSeconds = options.actorTokenSeconds;
    this.log = options.log.child({ subgraph: options.name });
    this.signals = options.signals;
    const timeoutMs = options.timeoutMs;
    this.fetcher = (url, init) => {
      const ownTimeout = AbortSignal.timeout(timeoutMs);
      const request = this.signals?.getStore();
      return fetch(url, { ...init, signal: request ? AbortSignal.any([ownTimeout, request]) : ownTimeout });
    };
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    // Only requests made on behalf of a caller carry a context; anything else goes out anonymous.
    const incoming = isGatewayContext(options.context) ? options.context : undefined;
    const requestId = incoming?.requestId ?? randomUUID();
    const actor = incoming?.actor ?? ANONYMOUS;
    const headers = options.request.http?.headers;
    if (!headers) throw new Error(`No HTTP request was prepared for subgraph "${this.name}"`);
    headers.set(REQUEST_ID_HEADER, requestId);
    if (incoming?.correlationId) headers.set(CORRELATION_ID_HEADER, incoming.correlationId);
    // One credential per fetch, for the request id this gateway generated, expiring in seconds.
    headers.set(ACTOR_HEADER, await signActor(actor, this.gatewaySecret, requestId, Audience.SUBGRAPH, this.actorTokenSeconds));
  }

  /**
   * A subgraph that refuses a request with GraphQL errors (e.g. a custom scalar it could not
   * parse) keeps its own code and message, so the caller learns what to fix.
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    let body: unknown;
    try {
      body = await this.parseBody(response);
    } catch {
      body = undefined;
    }
    const [first] = graphqlErrorsIn(body);
    const refusedTheGateway = response.status === 401 || response.status === 403;
    if (first && typeof first.message === "string" && !refusedTheGateway) {
      return new GraphQLError(first.message, { extensions: { ...first.extensions, serviceName: this.name } });
    }
    if (refusedTheGateway) {
      this.log.error({ status: response.status }, "subgraph refused the gateway's credential; check HUB_GATEWAY_SECRET on both sides");
    }
    return this.unavailable({ status: response.status });
  }

  override didEncounterError(error: Error, _fetchRequest: unknown, _fetchResponse?: unknown, context?: GatewayContext): never {
    if (error instanceof GraphQLError && error.extensions.serviceName === this.name) throw error;
    const reason: unknown = this.signals?.getStore()?.reason;
    if (reason instanceof OperationTimedOut) throw this.timedOut(reason);
    const log = isGatewayContext(context) ? context.log.child({ subgraph: this.name }) : this.log;
    const cause = error.cause instanceof Error ? error.cause.message : undefined;
    log.warn({ reason: error.message, cause }, "subgraph request failed");
    throw this.unavailable({}, error);
  }

  private timedOut(reason: OperationTimedOut): GraphQLError {
    return gatewayError(
      GatewayErrorCode.OPERATION_TIMEOUT,
      {
        zh: `操作超过 ${reason.timeoutMs} 毫秒的时限，已中止对子系统“${this.name}”的请求`,
        en: `The operation ran longer than ${reason.timeoutMs} ms; its request to subgraph "${this.name}" was aborted`,
      },
      { serviceName: this.name, limit: reason.timeoutMs },
    );
  }

  private unavailable(extensions: Record<string, unknown>, originalError?: Error): GraphQLError {
    return gatewayError(
      GatewayErrorCode.SUBGRAPH_UNAVAILABLE,
      { zh: `子系统“${this.name}”暂时无法访问，部分数据缺失`, en: `Subgraph "${this.name}" is unavailable; some data is missing` },
      { serviceName: this.name, ...extensions },
      originalError,
    );
  }
}

export interface SubgraphServiceOptions {
  subgraphUrls: Readonly<Record<string, string>>;
  gatewaySecret: string;
  actorTokenSeconds: number;
  timeoutMs: number;
  log: Logger;
  signals?: RequestSignals;
}

/**
 * The gateway's `buildService`: the URL comes from configuration by subgraph name; the one
 * written in the supergraph file is ignored. A subgraph without a configured URL is refused,
 * which stops the gateway at start and rejects a reloaded supergraph.
 */
export function subgraphServiceBuilder(options: SubgraphServiceOptions) {
  return ({ name }: ServiceEndpointDefinition): SubgraphDataSource => {
    const url = Object.hasOwn(options.subgraphUrls, name) ? options.subgraphUrls[name] : undefined;
    if (!url) {
      throw new Error(
        `The supergraph names subgraph "${name}", but no URL is configured for it (known: ${Object.keys(options.subgraphUrls).join(", ")})`,
      );
    }
    return new SubgraphDataSource({
      name,
      url,
      gatewaySecret: options.gatewaySecret,
      actorTokenSeconds: options.actorTokenSeconds,
      timeoutMs: options.timeoutMs,
      log: options.log,
      ...(options.signals ? { signals: options.signals } : {}),
    });
  };
}
