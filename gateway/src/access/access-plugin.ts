import type { ApolloServerPlugin } from "@apollo/server";
import { mayUse, policyOf } from "@hub/contract/access-policy";
import type { Actor } from "@hub/contract";
import type { GatewayContext } from "../context";
import { gatewayError, GatewayErrorCode } from "../errors";
import { rootFieldsOf } from "./root-fields";

function isAnonymous(actor: Actor): boolean {
  return actor.userId === "anonymous" || actor.roles.includes("PUBLIC");
}

/**
 * Checks every root field of an operation against the access policy before the gateway plans
 * it, so a caller never reaches a subgraph with a field its roles can never use. Anonymous
 * callers may use only the fields open to anyone (the public intake); everything else is
 * UNAUTHENTICATED. The subgraphs apply the same policy again, with scope.
 */
export function accessPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.flatMap((definition) =>
              definition.kind === "FragmentDefinition" ? [[definition.name.value, definition]] : [],
            ),
          );
          const fields = rootFieldsOf(operation, fragments).filter((field) => field !== "__typename");
          const { actor } = contextValue;
          const anonymous = isAnonymous(actor);
          for (const field of fields) {
            const introspection = field.startsWith("__");
            if (anonymous && (introspection || !mayUse(field, ["PUBLIC"]))) {
              throw gatewayError(
                GatewayErrorCode.UNAUTHENTICATED,
                { zh: "请先登录；未登录只能提交和查询解纷码申请", en: "Sign in first; without signing in only the public intake is open" },
                { field, http: { status: 401 } },
              );
            }
            if (introspection) continue;
            const policy = policyOf(field);
            if (!policy || policy.kind !== operation.operation || !mayUse(field, actor.roles)) {
              throw gatewayError(
                GatewayErrorCode.FORBIDDEN,
                { zh: `当前角色无权使用“${field}”`, en: `Your roles may not use "${field}"` },
                { field, action: field, roles: actor.roles, http: { status: 403 } },
              );
            }
          }
        },
      };
    },
  };
}
