import { ACCESS_POLICY, type FieldPolicy, type PolicyField } from "./access-policy";
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

/**
 * Applies the access policy's role list for a root field: anonymous callers are refused with
 * UNAUTHENTICATED unless the field is open to anyone, and signed-in callers without one of its
 * roles with FORBIDDEN. Scope (which rows) is the resolver's part.
 */
export function authorize(context: HubContext, field: PolicyField): void {
  const policy: FieldPolicy = ACCESS_POLICY[field];
  if (policy.roles === "ANYONE") return;
  requireRole(context, policy.roles, field);
}

/**
 * The answer for a row that does not exist or lies outside the caller's scope: the same for
 * both, so that a refusal never tells whether the row exists.
 */
export function outOfScope(entity: string, id: string, details: Record<string, unknown> = {}): HubError {
  return new HubError(
    ErrorCode.FORBIDDEN,
    {
      zh: `${entity}（${id}）不存在或不在您的查看范围内`,
      en: `${entity} ${id} does not exist or is outside what you may see`,
    },
    { entity, id, reason: "NOT_FOUND_OR_OUT_OF_SCOPE", rule: "个人信息保护法 art 6: minimum necessary", ...details },
  );
}

/**
 * A dispute's fields held by another department are answered only when the centre resolved the
 * dispute for this caller: the centre's inaccessible `Dispute.accessGrant` (required by those
 * fields) is a MAC over the dispute and the disputes merged into it, the actor, the request and
 * an expiry (kit access-grant.ts), which only holders of the gateway secret can make.
 */
export function accessGrantFor(
  dispute: { id: string; mergedIds?: readonly string[] | null },
  context: Pick<HubContext, "accessGrants">,
): string {
  return context.accessGrants.issue([dispute.id, ...(dispute.mergedIds ?? [])]);
}

/** Refuses a representation whose grant does not cover its id and merged ids for this actor and request. */
export function requireAccessGrant(
  dispute: { id: string; accessGrant?: string | null; mergedIds?: readonly string[] | null },
  context: HubContext,
): void {
  if (context.accessGrants.verify(dispute.accessGrant, [dispute.id, ...(dispute.mergedIds ?? [])])) return;
  throw outOfScope("Dispute", dispute.id);
}
