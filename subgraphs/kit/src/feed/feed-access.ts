import type { Actor, Department } from "../actor";
import type { HubContext } from "../context";
import { ErrorCode, HubError } from "../errors";
import { requireSignedIn } from "../authorize";

/**
 * Who may read a department's feed: the hub's own consumers (HUB_SYSTEM, such as the centre's
 * consumer) read every department's; a department's own integration system (DEPARTMENT_SYSTEM)
 * reads its own department's. Officers and partners read cases through the graph and receive
 * events through the centre's webhooks.
 */
export function mayReadFeed(actor: Actor, department: Department): boolean {
  if (actor.roles.includes("HUB_SYSTEM")) return true;
  return actor.roles.includes("DEPARTMENT_SYSTEM") && actor.department === department;
}

export function requireFeedReader(context: HubContext, department: Department): void {
  requireSignedIn(context);
  if (!mayReadFeed(context.actor, department)) {
    throw new HubError(
      ErrorCode.FORBIDDEN,
      {
        zh: "只有本平台的系统账户或本部门的系统账户可以读取事件流",
        en: "Only the hub's system accounts or the department's own system may read its event feed",
      },
      { action: "read event feed", requiredRoles: ["HUB_SYSTEM", "DEPARTMENT_SYSTEM"], department },
    );
  }
}

export { isBackgroundActor } from "@hub/contract";

/** The identity the hub's own background workers act under, signed like any other actor. */
export function systemActor(department: Department, userId: string, name: string): Actor {
  return { userId, name, organisationId: null, department, jurisdictionCode: "15", roles: ["HUB_SYSTEM"] };
}
