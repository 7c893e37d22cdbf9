import { ErrorCode, HubError, requireRole, type Role } from "@hub/subgraph-kit";
import type { CenterContext } from "../context";

export const SUPERVISION_RULE = "督办: a centre supervisor acts on cases within their jurisdiction";

/**
 * Lets through an actor holding one of `roles` whose jurisdiction covers `divisionCode`
 * (a supervisor of 包头市 1502 covers 150202001); refuses anyone else, naming the rule and the
 * caller's own jurisdiction but not the object's division, which the caller may not see.
 */
export function requireJurisdiction(
  context: CenterContext,
  divisionCode: string,
  action: string,
  roles: readonly Role[] = ["CENTRE_SUPERVISOR"],
): void {
  requireRole(context, roles, action);
  const { jurisdictionCode } = context.actor;
  if (jurisdictionCode !== null && divisionCode.startsWith(jurisdictionCode)) return;
  throw new HubError(
    ErrorCode.FORBIDDEN,
    {
      zh: `“${action}”超出您的辖区（${jurisdictionCode ?? "无"}）`,
      en: `"${action}" is outside your jurisdiction (${jurisdictionCode ?? "none"})`,
    },
    { action, rule: SUPERVISION_RULE },
  );
}
