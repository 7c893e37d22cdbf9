import type { GraphQLFormattedError } from "graphql";
import { GatewayErrorCode } from "./errors";

/**
 * In production, unexpected failures reach the caller as a generic bilingual message (the
 * detail is in the logs). Coded errors, including those relayed from subgraphs, pass unchanged.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (!production || (code !== undefined && code !== GatewayErrorCode.INTERNAL)) return formatted;
    const serviceName = formatted.extensions?.serviceName;
    return {
      message: "内部错误 / Internal error",
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: GatewayErrorCode.INTERNAL, ...(serviceName === undefined ? {} : { serviceName }) },
    };
  };
}
