import { ErrorCode, HubError, requireSignedIn, type HubContext, type Role } from "@hub/subgraph-kit";

/** Refuses a caller who holds none of `roles`, naming the rule that says who acts. */
export function requireCourtRole(context: HubContext, roles: readonly Role[], action: string, rule: string): void {
  requireSignedIn(context);
  if (context.actor.department === "COURT" && roles.some((role) => context.actor.roles.includes(role))) return;
  throw new HubError(
    ErrorCode.FORBIDDEN,
    {
      zh: `只有法院的${roles.map(roleLabel).join("或")}可以“${action}”`,
      en: `Only a court's ${roles.join(" or ")} may perform "${action}"`,
    },
    { action, requiredRoles: [...roles], rule },
  );
}

/** Refuses a caller who does not work at `court`: only the court applied to acts on its applications. */
export function requireOfficerOf(context: HubContext, court: { id: string; name: string }, action: string, rule: string): void {
  if (context.actor.organisationId === court.id) return;
  throw new HubError(
    ErrorCode.FORBIDDEN,
    {
      zh: `只有受理申请的法院的人员可以“${action}”`,
      en: `Only officers of the court applied to may perform "${action}"`,
    },
    { action, rule },
  );
}

function roleLabel(role: Role): string {
  return role === "JUDGE" ? "法官" : role === "COURT_CLERK" ? "书记员" : role;
}
