import type { GraphQLFormattedError } from "graphql";
import { INTERNAL_ERROR_MESSAGE } from "@hub/contract";
import { GatewayErrorCode } from "./errors";

/** The error without a `stacktrace` extension, whoever added it (the gateway or a subgraph it relays). */
function withoutStacktrace(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.stacktrace === undefined) return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

/**
 * In production, unexpected failures reach the caller as a generic bilingual message (the
 * detail is in the logs), and no error carries a stack trace. Coded errors, including those
 * relayed from subgraphs, keep their message and code.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (!production) return formatted;
    if (code !== undefined && code !== GatewayErrorCode.INTERNAL) return withoutStacktrace(formatted);
    const serviceName = formatted.extensions?.serviceName;
    return {
      message: INTERNAL_ERROR_MESSAGE,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: GatewayErrorCode.INTERNAL, ...(serviceName === undefined ? {} : { serviceName }) },
    };
  };
}
