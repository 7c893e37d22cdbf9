import { ErrorCode, HubError } from "@hub/subgraph-kit";
import type { Prisma } from "../../generated/client";
import type { ConfirmationView } from "../graph/justice-graph";
import { MediationCaseStatus, openCaseOf } from "./enums";

export const ONE_OPEN_CASE_RULE = "one open mediation case per dispute";
/** After a court rejects confirmation, the parties may change the agreement or reach a new one by mediation, or sue. */
export const REMEDIATION_RULE = "民事诉讼法 art 206";

export interface OpenCase {
  id: string;
  status: MediationCaseStatus;
  agreementId: string | null;
}

/** The case holding the dispute, if any, with its agreement. */
export async function openCaseHolding(db: Prisma.TransactionClient, disputeId: string): Promise<OpenCase | null> {
  const open = await db.mediationCase.findFirst({
    where: openCaseOf(disputeId),
    select: { id: true, status: true, agreement: { select: { id: true } } },
  });
  return open ? { id: open.id, status: open.status, agreementId: open.agreement?.id ?? null } : null;
}

export function oneOpenCaseConflict(open: OpenCase | null, extra: Record<string, unknown> = {}): HubError {
  const reached = open?.status === MediationCaseStatus.AGREEMENT_REACHED;
  return new HubError(
    ErrorCode.CONFLICT,
    reached
      ? {
          zh: "该纠纷已达成调解协议；只有人民法院裁定驳回司法确认申请后，才能再次调解变更原协议或者达成新协议（民事诉讼法第二百零六条）",
          en: "This dispute has reached a mediation agreement; it can be mediated again (to change the agreement or reach a new one) only after a court has rejected its confirmation (民事诉讼法 art 206)",
        }
      : {
          zh: "该纠纷已有未结的调解案件；只有在前一案件调解不成或终止后，才能再次受理",
          en: "This dispute already has an open mediation case; a new one can be accepted only after that case has failed or been terminated",
        },
    {
      field: "input.disputeId",
      rule: reached ? REMEDIATION_RULE : ONE_OPEN_CASE_RULE,
      openCaseId: open?.id ?? null,
      openCaseStatus: open?.status ?? null,
      ...extra,
    },
  );
}

export interface Rejection {
  caseId: string;
  agreementId: string;
  applicationId: string;
  ruledAt: Date;
}

/**
 * 民事诉讼法 art 206 and 民诉法解释 372: the agreement no longer stands once the court has rejected
 * its confirmation (裁定驳回申请), or has revoked, on an objection found well founded, the ruling
 * that confirmed it; the parties may then change it or reach a new one by mediation, or sue.
 * A revoked rejection leaves the agreement as it was before the court ruled.
 */
function defeats(application: ConfirmationView): boolean {
  return application.status === "REJECTED" || (application.status === "RULING_REVOKED" && application.rulingOutcome === "VALID");
}

/**
 * 民事诉讼法 art 206: a case that reached agreement stops holding the dispute once a court has
 * ruled to reject confirmation of that agreement (裁定驳回申请), or revoked the ruling confirming
 * it (民诉法解释 372), read from the court through the graph. Anything else (no application, one
 * pending, a valid ruling, a revoked rejection, the court unreachable) keeps the agreement
 * standing and the case open.
 */
export function rejectionReopening(open: OpenCase, applications: ConfirmationView[] | null, now: Date): Rejection {
  if (open.status !== MediationCaseStatus.AGREEMENT_REACHED || !open.agreementId) throw oneOpenCaseConflict(open);
  if (applications === null) throw oneOpenCaseConflict(open, { courtRulingsRead: false });
  const rejected = applications.find((application) => application.agreementId === open.agreementId && defeats(application));
  if (!rejected) throw oneOpenCaseConflict(open);
  return {
    caseId: open.id,
    agreementId: open.agreementId,
    applicationId: rejected.id,
    ruledAt: rejected.ruledAt ? new Date(rejected.ruledAt) : now,
  };
}
