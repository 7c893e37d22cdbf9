import { computeDeadline, type Deadline } from "@hub/subgraph-kit";
import type { ReviewRequest as ReviewRequestRow } from "../../generated/client";
import type { CenterDeadlines } from "../config/deadlines";
import type { ReviewKind } from "./review-enums";
import type { ReviewRequest } from "./review-request.type";

/** The limits of a 复查 (信访工作条例 art 35) or a 复核 (信访工作条例 art 36): to ask, and to answer. */
export function reviewLimits(deadlines: CenterDeadlines, kind: ReviewKind): { request: Deadline; answer: Deadline } {
  return kind === "REVIEW"
    ? { request: deadlines.reviewRequest, answer: deadlines.reviewAnswer }
    : { request: deadlines.reExaminationRequest, answer: deadlines.reExaminationAnswer };
}

/** The request as the graph shows it, judged at `now`. */
export function reviewRequestView(row: ReviewRequestRow, deadlines: CenterDeadlines, now: Date): ReviewRequest {
  const limits = reviewLimits(deadlines, row.kind);
  const window = computeDeadline(row.opinionReceivedAt, limits.request);
  const answer = computeDeadline(row.requestedAt, limits.answer);
  return {
    ...row,
    requestDueAt: window.dueAt,
    recordedBy: { id: row.recordedById, name: row.recordedByName },
    answeredBy: row.answeredById ? { id: row.answeredById, name: row.answeredByName ?? "" } : null,
    answeredInTime: row.answeredAt === null ? null : row.answeredAt.getTime() <= row.answerDueAt.getTime(),
    overdue: row.answeredAt === null && now.getTime() > row.answerDueAt.getTime(),
    basis: `${limits.request.basis}; ${limits.answer.basis}`,
    calendarMissingFor: [...new Set([...window.calendarMissingFor, ...answer.calendarMissingFor])].sort((a, b) => a - b),
  };
}
