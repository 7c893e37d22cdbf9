import type { ConfirmationApplication as ApplicationRow } from "../../generated/client";
import type { CourtContext } from "../context";
import { requireCourtRole, requireOfficerOf } from "../courts/court-officer";
import type { StartConfirmationReviewInput } from "./start-review.input";
import { loadApplication, transition } from "./transition";

const ACTION = "开始审查司法确认申请";
/** A single judge reviews a special-procedure case unless it is major or difficult. */
const REVIEW_RULE = "民事诉讼法 art 185";

/** 审查: a judge of the court applied to takes up an accepted application (民诉法解释 356). */
export async function startReview(
  context: CourtContext,
  input: StartConfirmationReviewInput,
  now: Date = context.now,
): Promise<ApplicationRow> {
  requireCourtRole(context, ["JUDGE"], ACTION, REVIEW_RULE);
  const { application, court } = await loadApplication(context, input.applicationId);
  requireOfficerOf(context, court, ACTION, REVIEW_RULE);
  return transition(
    context,
    application,
    "startReview",
    {
      data: { reviewStartedAt: now, reviewStartedById: context.actor.userId, reviewStartedByName: context.actor.name },
      event: (row) => ({
        type: "confirmation.review_started",
        summary: `${court.name}${context.actor.name}开始审查司法确认申请（${row.caseNumber ?? "无案号"}）`,
        payload: { caseNumber: row.caseNumber },
      }),
    },
    now,
  );
}
