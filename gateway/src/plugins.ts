import type { ApolloServerPlugin } from "@apollo/server";
import type { GatewayContext } from "./context";
import { GatewayErrorCode } from "./errors";

/**
 * Records the operation name and error count for the access log, and logs failures nobody
 * expected (coded errors, such as a subgraph being down, are already logged where they arise).
 */
export function outcomePlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (code !== undefined && code !== GatewayErrorCode.INTERNAL) continue;
            contextValue.log.error(
              { err: error.originalError ?? error, path: error.path, serviceName: error.extensions?.serviceName },
              "request failed unexpectedly",
            );
          }
        },
        async willSendResponse({ contextValue, operationName, request, response }) {
          const { outcome } = contextValue;
          outcome.operationName = operationName ?? request.operationName ?? null;
          const body = response.body;
          outcome.errorCount = body.kind === "single" ? (body.singleResult.errors?.length ?? 0) : (body.initialResult.errors?.length ?? 0);
        },
      };
    },
  };
}
