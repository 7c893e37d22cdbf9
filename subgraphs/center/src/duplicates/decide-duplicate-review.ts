import { checkUuid, ErrorCode, eventRow, HubError, invalidInput, LostRace, lostRaceConflict } from "@hub/subgraph-kit";
import type { Dispute as DisputeRow, DuplicateReview as DuplicateReviewRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { disputeMachine } from "../disputes/dispute-status";
import { handlingCentreIdOf, requireCentreAuthority } from "../routing/centre-authority";
import { loadCentre } from "../routing/centre-of";
import { requireReason } from "../routing/reason";
import { ONE_MATTER_RULE, refuseSuperseded } from "./duplicate-rules";
import type { LinkDuplicateInput } from "./link-duplicate.input";
import type { OverrideDuplicateReviewInput } from "./override-duplicate-review.input";

async function existingDispute(context: CenterContext, id: string, field: string): Promise<DisputeRow> {
  checkUuid(id, field);
  const dispute = await context.db.dispute.findUnique({ where: { id } });
  if (!dispute) {
    throw invalidInput(field, "existing dispute", { zh: `纠纷“${id}”不存在`, en: `Dispute "${id}" does not exist` });
  }
  return dispute;
}

/** The dispute's open review, after checking the officer may decide it. */
async function openReviewOf(context: CenterContext, disputeId: string, action: string) {
  const dispute = await existingDispute(context, disputeId, "input.disputeId");
  requireCentreAuthority(context, await loadCentre(context, handlingCentreIdOf(dispute)), action);
  const review = await context.db.duplicateReview.findUnique({ where: { disputeId } });
  if (!review || review.status !== "OPEN") {
    throw new HubError(
      ErrorCode.CONFLICT,
      review
        ? { zh: `该纠纷的查重已处理（${review.status}）`, en: `The dispute's duplicate review was already decided (${review.status})` }
        : { zh: "该纠纷没有待核的查重", en: "The dispute has no open duplicate review" },
      { field: "input.disputeId", reviewStatus: review?.status ?? null },
    );
  }
  return { dispute, review };
}

/** Marks the review decided, only if it is still open: a second officer deciding at the same moment gets a conflict. */
async function closeReview(
  tx: Parameters<Parameters<CenterContext["db"]["$transaction"]>[0]>[0],
  context: CenterContext,
  review: DuplicateReviewRow,
  data: { status: "LINKED" | "OVERRIDDEN"; reason: string | null; linkedToId: string | null },
) {
  const { count } = await tx.duplicateReview.updateMany({
    where: { id: review.id, status: "OPEN" },
    data: { ...data, decidedAt: context.now, decidedById: context.actor.userId, decidedByName: context.actor.name },
  });
  if (count === 0) throw new LostRace();
}

async function retried<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LostRace) throw lostRaceConflict({ zh: "查重", en: "duplicate review" }, "input.disputeId", null);
    throw error;
  }
}

/** 关联: the submission becomes another channel of the survivor; it stays readable, points at the survivor and is not handled on its own. */
export async function linkDuplicate(context: CenterContext, input: LinkDuplicateInput): Promise<DuplicateReviewRow> {
  const { dispute, review } = await openReviewOf(context, input.disputeId, "linkDuplicate");
  const survivor = await existingDispute(context, input.survivorId, "input.survivorId");
  if (survivor.id === dispute.id) {
    throw invalidInput("input.survivorId", ONE_MATTER_RULE, {
      zh: "不能将纠纷关联至其自身",
      en: "A dispute cannot be linked to itself",
    });
  }
  refuseSuperseded(survivor, "input.survivorId");
  const nextStatus = disputeMachine.next(dispute.status, "LINK");
  const { actor, now } = context;
  return retried(() =>
    context.db.$transaction(async (tx) => {
      await closeReview(tx, context, review, { status: "LINKED", reason: null, linkedToId: survivor.id });
      const { count } = await tx.dispute.updateMany({
        where: { id: dispute.id, status: dispute.status },
        data: { status: nextStatus, survivorId: survivor.id },
      });
      if (count === 0) throw new LostRace();
      await tx.dispute.update({ where: { id: survivor.id }, data: { mergedIds: { push: dispute.id } } });
      const payload = { survivorId: survivor.id, linkedId: dispute.id, reviewId: review.id };
      await tx.eventLog.createMany({
        data: [
          eventRow(actor, {
            type: "duplicate.linked",
            disputeId: dispute.id,
            subjectType: "DuplicateReview",
            subjectId: review.id,
            summary: `查重：关联为纠纷${survivor.number}的重复提交，由该纠纷继续办理`,
            occurredAt: now,
            payload,
          }),
          eventRow(actor, {
            type: "dispute.submission_linked",
            disputeId: survivor.id,
            subjectType: "Dispute",
            subjectId: dispute.id,
            summary: `纠纷${dispute.number}（另一渠道提交）关联至本纠纷`,
            occurredAt: now,
            payload,
          }),
        ],
      });
      return tx.duplicateReview.findUniqueOrThrow({ where: { id: review.id } });
    }),
  );
}

/** 确认不重复: the officer finds it a separate matter, with a reason; the dispute may then be routed. */
export async function overrideDuplicateReview(context: CenterContext, input: OverrideDuplicateReviewInput): Promise<DuplicateReviewRow> {
  const reason = requireReason(input.reason, "input.reason", ONE_MATTER_RULE, {
    zh: "确认不重复的理由",
    en: "The reason for the override",
  });
  const { dispute, review } = await openReviewOf(context, input.disputeId, "overrideDuplicateReview");
  const { actor, now } = context;
  return retried(() =>
    context.db.$transaction(async (tx) => {
      await closeReview(tx, context, review, { status: "OVERRIDDEN", reason, linkedToId: null });
      await tx.eventLog.create({
        data: eventRow(actor, {
          type: "duplicate.overridden",
          disputeId: dispute.id,
          subjectType: "DuplicateReview",
          subjectId: review.id,
          summary: `查重：确认不重复，理由：${reason}`,
          occurredAt: now,
          payload: { reason },
        }),
      });
      return tx.duplicateReview.findUniqueOrThrow({ where: { id: review.id } });
    }),
  );
}
