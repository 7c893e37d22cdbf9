import { randomUUID } from "node:crypto";
import {
  calendarMissingNote,
  checkUuid,
  computeDeadline,
  dueAt,
  ErrorCode,
  eventRow,
  formatCst,
  HubError,
  invalidInput,
  isUniqueViolation,
  lostRaceConflict,
  notFound,
} from "@hub/subgraph-kit";
import type { Dispute as DisputeRow, ReviewRequest as ReviewRequestRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { handlingCentreIdOf, requireCentreAuthority } from "../routing/centre-authority";
import { loadCentre } from "../routing/centre-of";
import { requireReason } from "../routing/reason";
import { REVIEW_KIND_ZH } from "./review-enums";
import type { AnswerReviewInput, RequestReviewInput } from "./review-request.inputs";
import { reviewLimits } from "./review-rules";

/** A matter has a handling opinion to review once it is resolved (or closed after it). */
const HANDLED = new Set<string>(["RESOLVED", "CLOSED"]);

async function handledDispute(context: CenterContext, disputeId: string, action: string): Promise<DisputeRow> {
  checkUuid(disputeId, "input.disputeId");
  const dispute = await context.db.dispute.findUnique({ where: { id: disputeId } });
  if (!dispute) throw notFound("Dispute", disputeId);
  requireCentreAuthority(context, await loadCentre(context, handlingCentreIdOf(dispute)), action);
  return dispute;
}

/**
 * 复查 (信访工作条例 art 35) or 复核 (art 36): records the petitioner's request, made within 30 days
 * of receiving the opinion it challenges, once per kind; a 复核 follows an answered 复查. The
 * opinion is due 30 days after the request.
 */
export async function requestReview(context: CenterContext, input: RequestReviewInput): Promise<ReviewRequestRow> {
  const dispute = await handledDispute(context, input.disputeId, "requestReview");
  const limits = reviewLimits(context.deadlines, input.kind);
  const kind = REVIEW_KIND_ZH[input.kind];
  if (!HANDLED.has(dispute.status)) {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      {
        zh: `纠纷尚未作出处理意见（当前：${dispute.status}），不能请求${kind}`,
        en: `The matter has no handling opinion yet (it is ${dispute.status}) to review`,
      },
      { field: "input.disputeId", rule: limits.request.basis, status: dispute.status },
    );
  }
  const reason = requireReason(input.reason, "input.reason", limits.request.basis, { zh: `${kind}理由`, en: "The grounds of the request" });
  const requestedAt = input.requestedAt ?? context.now;
  const { now } = context;
  if (input.opinionReceivedAt.getTime() > now.getTime() || input.opinionReceivedAt.getTime() < dispute.receivedAt.getTime()) {
    throw invalidInput("input.opinionReceivedAt", "between receipt and now", {
      zh: "收到意见的时间须在受理之后、不晚于当前时间",
      en: "The opinion must have been received between the receipt and now",
    });
  }
  if (requestedAt.getTime() > now.getTime() || requestedAt.getTime() < input.opinionReceivedAt.getTime()) {
    throw invalidInput("input.requestedAt", "between receiving the opinion and now", {
      zh: "请求时间须在收到意见之后、不晚于当前时间",
      en: "The request must fall between receiving the opinion and now",
    });
  }
  if (input.kind === "RE_EXAMINATION") await requireAnsweredReview(context, dispute.id, input.opinionReceivedAt, limits.request.basis);
  const { dueAt: window, calendarMissingFor } = computeDeadline(input.opinionReceivedAt, limits.request);
  if (requestedAt.getTime() > window.getTime()) {
    // A year the holiday calendar lacks was counted on weekends alone (民法典 art 203): the refusal says so.
    const missing = calendarMissingNote(calendarMissingFor);
    throw new HubError(
      ErrorCode.DEADLINE_PASSED,
      {
        zh: `请求${kind}的期限已于${formatCst(window)}届满（${limits.request.basis}）${missing ? `（${missing.zh}）` : ""}`,
        en: `The time to ask for this review ran out at ${window.toISOString()} (${limits.request.basis})${missing ? ` (${missing.en})` : ""}`,
      },
      {
        field: "input.requestedAt",
        rule: limits.request.basis,
        deadline: window.toISOString(),
        ...(calendarMissingFor.length > 0 ? { calendarMissingFor } : {}),
      },
    );
  }
  const { actor } = context;
  const id = randomUUID();
  const answerDueAt = dueAt(requestedAt, limits.answer);
  try {
    return await context.db.$transaction(async (tx) => {
      const created = await tx.reviewRequest.create({
        data: {
          id,
          disputeId: dispute.id,
          kind: input.kind,
          opinionReceivedAt: input.opinionReceivedAt,
          requestedAt,
          reason,
          recordedById: actor.userId,
          recordedByName: actor.name,
          answerDueAt,
        },
      });
      await tx.eventLog.create({
        data: eventRow(actor, {
          type: "dispute.review_requested",
          disputeId: dispute.id,
          subjectType: "ReviewRequest",
          subjectId: id,
          summary: `信访人请求${kind}（${limits.request.basis}），应于${formatCst(answerDueAt)}前答复`,
          occurredAt: requestedAt,
          payload: {
            reviewRequestId: id,
            kind: input.kind,
            requestedAt: requestedAt.toISOString(),
            answerDueAt: answerDueAt.toISOString(),
          },
        }),
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyRequested(kind, limits.request.basis);
    throw error;
  }
}

/** 信访工作条例 art 36: a 复核 is of a 复查 opinion, so the 复查 must have been answered first. */
async function requireAnsweredReview(context: CenterContext, disputeId: string, opinionReceivedAt: Date, rule: string): Promise<void> {
  const review = await context.db.reviewRequest.findUnique({ where: { disputeId_kind: { disputeId, kind: "REVIEW" } } });
  if (!review?.answeredAt) {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      { zh: "复核须针对已作出的复查意见，请先请求复查", en: "A 复核 is of a 复查 opinion: there is no answered 复查 yet" },
      { field: "input.kind", rule },
    );
  }
  if (opinionReceivedAt.getTime() < review.answeredAt.getTime()) {
    throw invalidInput("input.opinionReceivedAt", "after the 复查 opinion was given", {
      zh: "收到复查意见的时间不能早于复查意见作出的时间",
      en: "The 复查 opinion cannot have been received before it was given",
    });
  }
}

function alreadyRequested(kind: string, rule: string): HubError {
  return new HubError(
    ErrorCode.CONFLICT,
    { zh: `该纠纷已请求过${kind}`, en: "This review was already requested for the dispute" },
    { field: "input.kind", rule },
  );
}

/** 复查/复核意见: records the opinion on a request, once; a late one is recorded and shows as not in time. */
export async function answerReview(context: CenterContext, input: AnswerReviewInput): Promise<ReviewRequestRow> {
  checkUuid(input.reviewRequestId, "input.reviewRequestId");
  const request = await context.db.reviewRequest.findUnique({ where: { id: input.reviewRequestId } });
  if (!request) throw notFound("ReviewRequest", input.reviewRequestId);
  await handledDispute(context, request.disputeId, "answerReview");
  const limits = reviewLimits(context.deadlines, request.kind);
  const kind = REVIEW_KIND_ZH[request.kind];
  if (request.status === "ANSWERED") {
    throw new HubError(
      ErrorCode.CONFLICT,
      { zh: `${kind}意见已作出`, en: "The opinion was already given" },
      { field: "input.reviewRequestId", rule: limits.answer.basis },
    );
  }
  const answer = requireReason(input.answer, "input.answer", limits.answer.basis, { zh: `${kind}意见`, en: "The opinion" });
  const { actor, now } = context;
  return context.db.$transaction(async (tx) => {
    const { count } = await tx.reviewRequest.updateMany({
      where: { id: request.id, status: "REQUESTED" },
      data: { status: "ANSWERED", answeredAt: now, answer, answeredById: actor.userId, answeredByName: actor.name },
    });
    if (count === 0) throw lostRaceConflict({ zh: `${kind}请求`, en: "review request" }, "input.reviewRequestId", null);
    await tx.eventLog.create({
      data: eventRow(actor, {
        type: "dispute.review_answered",
        disputeId: request.disputeId,
        subjectType: "ReviewRequest",
        subjectId: request.id,
        summary: `作出${kind}意见（${limits.answer.basis}）${now.getTime() > request.answerDueAt.getTime() ? "，已超过答复期限" : ""}`,
        occurredAt: now,
        payload: {
          reviewRequestId: request.id,
          kind: request.kind,
          answeredAt: now.toISOString(),
          inTime: now.getTime() <= request.answerDueAt.getTime(),
        },
      }),
    });
    return tx.reviewRequest.findUniqueOrThrow({ where: { id: request.id } });
  });
}
