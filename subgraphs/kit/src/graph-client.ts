import type { GraphQLFormattedError } from "graphql";
import { ACTOR_HEADER, Audience, REQUEST_ID_HEADER, signActor } from "./actor";
import type { HubContext } from "./context";
import { ErrorCode, HubError } from "./errors";
import { injectTraceContext } from "@hub/telemetry";

/**
 * The graph answered with errors; `errors` keeps their codes so the caller can decide what they
 * mean, and `data` what it answered besides (a list with some items refused, say), when anything.
 */
export class GraphRequestError extends Error {
  constructor(
    readonly errors: readonly GraphQLFormattedError[],
    readonly data: unknown = null,
  ) {
    super(errors.map((error) => `${String(error.extensions?.code ?? "ERROR")}: ${error.message}`).join("; "));
    this.name = "GraphRequestError";
  }

  hasCode(code: string): boolean {
    return this.errors.some((error) => error.extensions?.code === code);
  }
}

export interface GraphClientOptions {
  /** The gateway's GraphQL endpoint. */
  gatewayUrl: string;
  /** The secret shared with the gateway; signs the delegated actor. */
  secret: string;
  timeoutMs?: number;
}

/**
 * Reads another department's data through the gateway, as the same actor and under the same
 * request id as the request being served: the graph decides what that actor may see.
 */
export class GraphClient {
  constructor(private readonly options: GraphClientOptions) {}

  async request<T>(document: string, variables: Record<string, unknown>, context: Pick<HubContext, "actor" | "requestId">): Promise<T> {
    let response: Response;
    try {
      const headers: Record<string, string> = {
        "content-type": "application/json",
        [REQUEST_ID_HEADER]: context.requestId,
        [ACTOR_HEADER]: await signActor(context.actor, this.options.secret, context.requestId, Audience.GATEWAY),
      };
      injectTraceContext(headers);
      response = await fetch(this.options.gatewayUrl, {
        method: "POST",
        headers,
        body: JSON.stringify({ query: document, variables }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw unavailable(error);
    }
    const body = (await response.json().catch(() => ({}))) as { data?: T | null; errors?: GraphQLFormattedError[] };
    if (body.errors?.length) throw new GraphRequestError(body.errors, body.data ?? null);
    if (body.data == null) throw unavailable(new Error(`gateway answered ${response.status} without data`));
    return body.data;
  }
}

function unavailable(cause: unknown): HubError {
  const error = new HubError(ErrorCode.UPSTREAM_UNAVAILABLE, {
    zh: "暂时无法从其他部门获取所需数据，请稍后重试",
    en: "Another department's data could not be reached; try again shortly",
  });
  (error as { cause?: unknown }).cause = cause;
  return error;
}
