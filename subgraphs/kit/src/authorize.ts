import type { Role } from "./actor";
import type { HubContext } from "./context";
import { ErrorCode, HubError } from "./errors";

/** Refuses anonymous callers. */
export function requireSignedIn(context: HubContext): void {
  if (context.actor.roles.includes("PUBLIC") || context.actor.userId === "anonymous") {
    throw new HubError(ErrorCode.UNAUTHENTICATED, { zh: "请先登录", en: "Sign in first" }, { http: { status: 401 } });
  }
}

/** Refuses callers that hold none of `roles` for `action`. */
export function requireRole(context: HubContext, roles: readonly Role[], action: string): void {
  requireSignedIn(context);
  if (!roles.some((role) => context.actor.roles.includes(role))) {
    throw new HubError(
      ErrorCode.FORBIDDEN,
      { zh: `当前角色无权执行“${action}”`, en: `Your role may not perform "${action}"` },
      { action, requiredRoles: [...roles] },
    );
  }
}
