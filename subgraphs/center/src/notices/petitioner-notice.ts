import {
  checkUuid,
  computeDeadline,
  ErrorCode,
  eventRow,
  formatCst,
  HubError,
  invalidInput,
  lostRaceConflict,
  notFound,
} from "@hub/subgraph-kit";
import type { Dispute as DisputeRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { handlingCentreIdOf, requireCentreAuthority } from "../routing/centre-authority";
import { loadCentre } from "../routing/centre-of";
import { NOTICE_METHOD_ZH } from "./notice-enums";
import type { PetitionerNotice } from "./petitioner-notice.type";
import type { RecordPetitionerNoticeInput } from "./record-petitioner-notice.input";

/** The notice as the dispute stands: due 15 days after receipt (信访工作条例 art 23), given or not. */
export function petitionerNoticeOf(context: Pick<CenterContext, "deadlines" | "now">, dispute: DisputeRow): PetitionerNotice {
  const rule = context.deadlines.notifyPetitioner;
  const due = computeDeadline(dispute.receivedAt, rule);
  const given = dispute.noticeGivenAt;
  return {
    dueAt: due.dueAt,
    basis: rule.basis,
    calendarMissingFor: due.calendarMissingFor,
    givenAt: given,
    method: dispute.noticeMethod,
    reference: dispute.noticeReference,
    givenBy: dispute.noticeGivenById ? { id: dispute.noticeGivenById, name: dispute.noticeGivenByName ?? "" } : null,
    inTime: given === null ? null : given.getTime() <= due.dueAt.getTime(),
    overdue: given === null && context.now.getTime() > due.dueAt.getTime(),
  };
}

/**
 * 信访工作条例 art 23: records, once, that the petitioner was told in writing how the matter is
 * handled, with the method and time. A notice given late is still recorded (it must be given),
 * and shows as not in time.
 */
export async function recordPetitionerNotice(context: CenterContext, input: RecordPetitionerNoticeInput): Promise<DisputeRow> {
  checkUuid(input.disputeId, "input.disputeId");
  const dispute = await context.db.dispute.findUnique({ where: { id: input.disputeId } });
  if (!dispute) throw notFound("Dispute", input.disputeId);
  requireCentreAuthority(context, await loadCentre(context, handlingCentreIdOf(dispute)), "recordPetitionerNotice");
  const rule = context.deadlines.notifyPetitioner.basis;
  if (dispute.noticeGivenAt) {
    throw new HubError(
      ErrorCode.CONFLICT,
      {
        zh: `已于${formatCst(dispute.noticeGivenAt)}书面告知信访人`,
        en: `The petitioner was already notified at ${dispute.noticeGivenAt.toISOString()}`,
      },
      { field: "input.disputeId", rule },
    );
  }
  const notifiedAt = input.notifiedAt ?? context.now;
  if (notifiedAt.getTime() > context.now.getTime() || notifiedAt.getTime() < dispute.receivedAt.getTime()) {
    throw invalidInput("input.notifiedAt", "between receipt and now", {
      zh: "告知时间须在受理之后、不晚于当前时间",
      en: "The notice must fall between the receipt and now",
    });
  }
  const reference = input.reference?.trim() || null;
  if (reference && [...reference].length > 200) {
    throw invalidInput("input.reference", "max 200 characters", {
      zh: "告知文书编号不能超过200字",
      en: "The reference exceeds 200 characters",
    });
  }
  const notice = petitionerNoticeOf(context, { ...dispute, noticeGivenAt: notifiedAt });
  const { actor } = context;
  return context.db.$transaction(async (tx) => {
    const { count } = await tx.dispute.updateMany({
      where: { id: dispute.id, noticeGivenAt: null },
      data: {
        noticeGivenAt: notifiedAt,
        noticeMethod: input.method,
        noticeReference: reference,
        noticeGivenById: actor.userId,
        noticeGivenByName: actor.name,
      },
    });
    if (count === 0) throw lostRaceConflict({ zh: "书面告知", en: "notice" }, "input.disputeId", null);
    await tx.eventLog.create({
      data: eventRow(actor, {
        type: "dispute.petitioner_notified",
        disputeId: dispute.id,
        subjectType: "Dispute",
        subjectId: dispute.id,
        summary: `${actor.name}以${NOTICE_METHOD_ZH[input.method]}方式书面告知信访人（${rule}）${notice.inTime ? "" : "，已超过告知期限"}`,
        occurredAt: notifiedAt,
        payload: {
          method: input.method,
          notifiedAt: notifiedAt.toISOString(),
          dueAt: notice.dueAt.toISOString(),
          inTime: notice.inTime,
          reference,
        },
      }),
    });
    return tx.dispute.findUniqueOrThrow({ where: { id: dispute.id } });
  });
}
