import { ErrorCode, errorResponseBody, hubErrorBody, type Bilingual } from "@hub/contract";
import { GraphQLError } from "graphql";

/** Codes the gateway itself raises, beside the kit's shared ones. */
export const GatewayErrorCode = {
  ...ErrorCode,
  SUBGRAPH_UNAVAILABLE: "SUBGRAPH_UNAVAILABLE",
  /** The HTTP request itself is unusable (e.g. its body is not JSON); Apollo uses the same code. */
  BAD_REQUEST: "BAD_REQUEST",
  /** The HTTP body is over the size limit (413). */
  REQUEST_TOO_LARGE: "REQUEST_TOO_LARGE",
  /** The GraphQL document is over the size limit (413). */
  DOCUMENT_TOO_LARGE: "DOCUMENT_TOO_LARGE",
  /** The document has more lexical tokens than the parser is allowed to read. */
  TOO_MANY_TOKENS: "TOO_MANY_TOKENS",
  /** Fields nest deeper than allowed (fragments followed). */
  DEPTH_LIMIT_EXCEEDED: "DEPTH_LIMIT_EXCEEDED",
  TOO_MANY_ALIASES: "TOO_MANY_ALIASES",
  TOO_MANY_ROOT_FIELDS: "TOO_MANY_ROOT_FIELDS",
  TOO_MANY_DIRECTIVES: "TOO_MANY_DIRECTIVES",
  /** The estimated cost (list sizes multiplied down the tree) is over the maximum. */
  COST_LIMIT_EXCEEDED: "COST_LIMIT_EXCEEDED",
  /** The whole operation ran longer than allowed; its subgraph requests were aborted. */
  OPERATION_TIMEOUT: "OPERATION_TIMEOUT",
  /** The caller's request budget is spent (429); `extensions.retryAfter` says when to retry, in seconds. */
  RATE_LIMITED: "RATE_LIMITED",
  /** The shared budget store (Redis) is down and the gateway is configured to fail closed (503). */
  RATE_LIMIT_UNAVAILABLE: "RATE_LIMIT_UNAVAILABLE",
  /** The caller may only run operations from the persisted-operations manifest. */
  PERSISTED_QUERY_NOT_ALLOWED: "PERSISTED_QUERY_NOT_ALLOWED",
} as const;
export type GatewayErrorCode = (typeof GatewayErrorCode)[keyof typeof GatewayErrorCode];

/** The contract's error body, so clients read gateway and subgraph errors alike. */
export function gatewayError(
  code: GatewayErrorCode,
  message: Bilingual,
  extensions: Record<string, unknown> = {},
  originalError?: Error,
): GraphQLError {
  const body = hubErrorBody(code, message, extensions);
  return new GraphQLError(body.message, { extensions: body.extensions, ...(originalError ? { originalError } : {}) });
}

/** A GraphQL-shaped body for responses sent before Apollo Server sees the request. */
export function errorBody(code: GatewayErrorCode, message: Bilingual, extensions: Record<string, unknown> = {}) {
  return errorResponseBody(code, message, extensions);
}
