import { ErrorCode, HubError } from "@hub/subgraph-kit";
import type { CourtDb } from "../db";

const REFILING_RULE = "民事诉讼法 art 206";

/**
 * 民事诉讼法 art 206: once the court rejects an application (裁定驳回申请), the parties may change
 * the agreement through mediation, reach a new one or sue; the rejected agreement itself cannot
 * be filed again. A ruling that the agreement is valid, revoked on an objection, leaves it the same.
 * A new or changed agreement is another agreement of justice's and may be filed.
 */
export async function checkNotRefiledAfterRejection(db: CourtDb, agreementId: string): Promise<void> {
  const rejected = await db.confirmationApplication.findFirst({
    where: {
      agreementId,
      OR: [{ status: "REJECTED" }, { status: "RULING_REVOKED", rulingOutcome: "VALID" }],
    },
    select: { id: true, caseNumber: true, status: true },
  });
  if (!rejected) return;
  throw new HubError(
    ErrorCode.REFUSED_BY_RULE,
    {
      zh: `该调解协议的司法确认申请已被驳回（${rejected.caseNumber ?? rejected.id}），当事人可以通过调解变更原调解协议、达成新的调解协议或者提起诉讼，不能就原协议再次申请`,
      en: "The application to confirm this agreement was rejected: the parties may change it through mediation, reach a new agreement or sue, but not file the same agreement again",
    },
    { field: "input.mediationCaseId", rule: REFILING_RULE, rejectedApplicationId: rejected.id, caseNumber: rejected.caseNumber },
  );
}
