import { ErrorCode, HubError, requireRole } from "@hub/subgraph-kit";
import type { Centre as CentreRow, Dispute as DisputeRow } from "../../generated/client";
import type { CenterContext } from "../context";

export const HANDLING_CENTRE_RULE = "综治中心程序性推进: the handling centre moves its own cases";

/** The centre now responsible for the dispute: the receiving centre until an escalation. */
export function handlingCentreIdOf(dispute: Pick<DisputeRow, "handlingCentreId" | "receivingCentreId">): string {
  return dispute.handlingCentreId ?? dispute.receivingCentreId;
}

/**
 * Lets through an officer of `centre` itself, or a centre supervisor whose jurisdiction covers
 * the centre's division; refuses anyone else, naming the rule but not the centre: a caller
 * outside the dispute's scope learns nothing of who handles it.
 */
export function requireCentreAuthority(context: CenterContext, centre: CentreRow, action: string): void {
  requireRole(context, ["CENTRE_OFFICER", "CENTRE_SUPERVISOR"], action);
  const { actor } = context;
  if (actor.organisationId === centre.id) return;
  const supervises =
    actor.roles.includes("CENTRE_SUPERVISOR") && actor.jurisdictionCode !== null && centre.divisionCode.startsWith(actor.jurisdictionCode);
  if (supervises) return;
  throw new HubError(
    ErrorCode.FORBIDDEN,
    {
      zh: `只有承办中心的工作人员或辖区督办人员可以执行“${action}”`,
      en: `Only officers of the handling centre or supervisors over its jurisdiction may perform "${action}"`,
    },
    { action, rule: HANDLING_CENTRE_RULE },
  );
}
