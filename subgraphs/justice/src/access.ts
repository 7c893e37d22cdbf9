import { ErrorCode, HubError, requireRole, type HubContext } from "@hub/subgraph-kit";
import type { MediationCommittee as CommitteeRow } from "../generated/client";

/** Who acts on a committee's cases and people: the committee itself, or the justice bureau over it. */
export const COMMITTEE_ACCESS_RULE = "人民调解法 arts 5, 19";

/** True when a justice officer's jurisdiction contains the division where the committee sits. */
function bureauOver(context: HubContext, committee: CommitteeRow): boolean {
  const { actor } = context;
  return (
    actor.roles.includes("JUSTICE_OFFICER") && actor.jurisdictionCode !== null && committee.divisionCode.startsWith(actor.jurisdictionCode)
  );
}

/**
 * A member of the committee (the actor's organisation is the committee) or a justice officer of
 * the bureau whose jurisdiction contains the committee (人民调解法 art 5: the justice bureau guides
 * people's mediation in its area; art 19: the committee assigns its mediators).
 */
export function requireCommitteeActor(context: HubContext, committee: CommitteeRow, action: string): void {
  requireRole(context, ["MEDIATOR", "JUSTICE_OFFICER"], action);
  if (context.actor.organisationId?.toLowerCase() === committee.id || bureauOver(context, committee)) return;
  throw new HubError(
    ErrorCode.FORBIDDEN,
    {
      zh: `只有“${committee.name}”的人员或其所在地司法行政部门的工作人员可以“${action}”`,
      en: `Only the committee "${committee.name}" or the justice bureau over it may perform "${action}"`,
    },
    { action, rule: COMMITTEE_ACCESS_RULE, committeeId: committee.id },
  );
}

/**
 * Accepting a routed case is the receiving organisation's own act (信访工作条例 art 23): only a
 * member of the committee the centre routed it to, not the bureau on its behalf.
 */
export function requireCommitteeMember(context: HubContext, committee: CommitteeRow, action: string): void {
  requireRole(context, ["MEDIATOR", "JUSTICE_OFFICER"], action);
  if (context.actor.organisationId?.toLowerCase() === committee.id) return;
  throw new HubError(
    ErrorCode.FORBIDDEN,
    {
      zh: `只有“${committee.name}”的人员可以受理分流至该委员会的纠纷`,
      en: `Only members of "${committee.name}" may accept a dispute routed to it`,
    },
    { action, rule: "信访工作条例 art 23", committeeId: committee.id },
  );
}

/** A justice officer of the bureau whose jurisdiction contains the committee (人民调解法 arts 5, 14). */
export function requireBureauOver(context: HubContext, committee: CommitteeRow, action: string): void {
  requireRole(context, ["JUSTICE_OFFICER"], action);
  if (bureauOver(context, committee)) return;
  throw new HubError(
    ErrorCode.FORBIDDEN,
    {
      zh: `“${committee.name}”不在您所在司法行政部门的辖区内，不能“${action}”`,
      en: `The committee "${committee.name}" is outside your justice bureau's jurisdiction; you may not perform "${action}"`,
    },
    { action, rule: "人民调解法 arts 5, 14", committeeId: committee.id },
  );
}
