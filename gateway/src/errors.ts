import type { Bilingual } from "@hub/subgraph-kit";
import { ErrorCode } from "@hub/subgraph-kit";
import { GraphQLError } from "graphql";

/** Codes the gateway itself raises, beside the kit's shared ones. */
export const GatewayErrorCode = {
  ...ErrorCode,
  SUBGRAPH_UNAVAILABLE: "SUBGRAPH_UNAVAILABLE",
  /** The HTTP request itself is unusable (e.g. its body is not JSON); Apollo uses the same code. */
  BAD_REQUEST: "BAD_REQUEST",
} as const;
export type GatewayErrorCode = (typeof GatewayErrorCode)[keyof typeof GatewayErrorCode];

/** Same shape as the kit's HubError, so clients read gateway and subgraph errors alike. */
export function gatewayError(
  code: GatewayErrorCode,
  message: Bilingual,
  extensions: Record<string, unknown> = {},
  originalError?: Error,
): GraphQLError {
  return new GraphQLError(`${message.zh} / ${message.en}`, {
    extensions: { code, messageZh: message.zh, messageEn: message.en, ...extensions },
    ...(originalError ? { originalError } : {}),
  });
}

/** A GraphQL-shaped body for responses sent before Apollo Server sees the request. */
export function errorBody(code: GatewayErrorCode, message: Bilingual, extensions: Record<string, unknown> = {}) {
  return {
    errors: [
      {
        message: `${message.zh} / ${message.en}`,
        extensions: { code, messageZh: message.zh, messageEn: message.en, ...extensions },
      },
    ],
  };
}
