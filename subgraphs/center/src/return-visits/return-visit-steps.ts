import { randomUUID } from "node:crypto";
import { checkUuid, ErrorCode, eventRow, HubError, invalidInput, isUniqueViolation, notFound, transition } from "@hub/subgraph-kit";
import type { Dispute as DisputeRow, ReturnVisit as ReturnVisitRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { disputeMachine } from "../disputes/dispute-status";
import { handlingCentreIdOf, requireCentreAuthority } from "../routing/centre-authority";
import { loadCentre } from "../routing/centre-of";
import { DISPUTE } from "../routing/concurrency";
import { optionalReason, requireReason } from "../routing/reason";
import type { CloseDisputeInput, RecordReturnVisitInput } from "./return-visit.inputs";
import { RETURN_VISIT } from "./return-visit-rule";

async function handledDispute(context: CenterContext, disputeId: string, action: string): Promise<DisputeRow> {
  checkUuid(disputeId, "input.disputeId");
  const dispute = await context.db.dispute.findUnique({ where: { id: disputeId } });
  if (!dispute) throw notFound("Dispute", disputeId);
  requireCentreAuthority(context, await loadCentre(context, handlingCentreIdOf(dispute)), action);
  return dispute;
}

function requireResolved(dispute: DisputeRow, action: { zh: string; en: string }): void {
  if (dispute.status === "RESOLVED") return;
  throw new HubError(
    ErrorCode.ILLEGAL_TRANSITION,
    {
      zh: `纠纷尚未化解（当前：${dispute.status}），不能${action.zh}`,
      en: `The dispute is not resolved (it is ${dispute.status}); it cannot be ${action.en}`,
    },
    { field: "input.disputeId", status: dispute.status, rule: RETURN_VISIT.basis },
  );
}

/** 回访/反馈: records the visit and the applicant's notification on a resolved dispute, once. */
export async function recordReturnVisit(context: CenterContext, input: RecordReturnVisitInput): Promise<ReturnVisitRow> {
  const dispute = await handledDispute(context, input.disputeId, "recordReturnVisit");
  requireResolved(dispute, { zh: "回访", en: "visited" });
  const visitedAt = input.visitedAt ?? context.now;
  if (visitedAt > context.now || (dispute.resolvedAt && visitedAt < dispute.resolvedAt)) {
    throw invalidInput("input.visitedAt", "between the resolution and now", {
      zh: "回访时间须在化解之后、不晚于当前时间",
      en: "The visit must fall between the resolution and now",
    });
  }
  const notes = requireReason(input.notes, "input.notes", "a return visit records what was found", {
    zh: "回访情况",
    en: "The visit's notes",
  });
  const notificationSummary = requireReason(
    input.notificationSummary,
    "input.notificationSummary",
    "反馈: the applicant is told the outcome",
    {
      zh: "反馈内容",
      en: "What the applicant was told",
    },
  );
  if (await context.db.returnVisit.findUnique({ where: { disputeId: dispute.id } })) throw alreadyVisited();
  const { actor } = context;
  const id = randomUUID();
  const recorded = context.db.$transaction([
    context.db.returnVisit.create({
      data: {
        id,
        disputeId: dispute.id,
        visitedAt,
        method: input.method,
        outcome: input.outcome,
        satisfaction: input.satisfaction,
        notes,
        notifiedAt: context.now,
        notificationMethod: input.notificationMethod,
        notificationSummary,
        officerId: actor.userId,
        officerName: actor.name,
        recordedAt: context.now,
      },
    }),
    context.db.eventLog.create({
      data: eventRow(actor, {
        type: "dispute.return_visited",
        disputeId: dispute.id,
        subjectType: "ReturnVisit",
        subjectId: id,
        summary: `回访：${input.outcome === "PERFORMED" ? "已履行" : input.outcome === "PARTLY_PERFORMED" ? "部分履行" : "未履行"}，已向申请人反馈`,
        occurredAt: context.now,
        payload: {
          disputeId: dispute.id,
          outcome: input.outcome,
          satisfaction: input.satisfaction,
          notificationMethod: input.notificationMethod,
        },
      }),
    }),
  ]);
  try {
    const [visit] = await recorded;
    return visit;
  } catch (error) {
    // A second officer recorded the same visit a moment earlier.
    if (isUniqueViolation(error)) throw alreadyVisited();
    throw error;
  }
}

function alreadyVisited(): HubError {
  return new HubError(
    ErrorCode.CONFLICT,
    { zh: "该纠纷已回访", en: "This dispute's return visit is already recorded" },
    { field: "input.disputeId" },
  );
}

/** 结案: RESOLVED → CLOSED, only after the return visit or with a recorded reason for its absence. */
export async function closeDispute(context: CenterContext, input: CloseDisputeInput): Promise<DisputeRow> {
  const dispute = await handledDispute(context, input.disputeId, "closeDispute");
  const next = disputeMachine.next(dispute.status, "CLOSE");
  const visit = await context.db.returnVisit.findUnique({ where: { disputeId: dispute.id } });
  const reason = optionalReason(input.reason, "input.reason", { zh: "未回访的理由", en: "The reason there was no return visit" });
  if (!visit && !reason) {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      {
        zh: "尚未回访：请先回访并反馈申请人，或说明未能回访的理由",
        en: "No return visit is recorded: visit and tell the applicant first, or state why there was none",
      },
      { field: "input.reason", rule: RETURN_VISIT.closeRule },
    );
  }
  const { db } = context;
  return transition(db, {
    machine: disputeMachine,
    event: "CLOSE",
    from: dispute.status,
    entity: DISPUTE,
    field: "input.disputeId",
    update: (tx, expected, status) =>
      tx.dispute.updateMany({
        where: { id: dispute.id, status: expected },
        data: { status, closedAt: context.now, closeReason: visit ? null : reason },
      }),
    write: async (tx) => ({
      result: await tx.dispute.findUniqueOrThrow({ where: { id: dispute.id } }),
      events: eventRow(context.actor, {
        type: "dispute.closed",
        disputeId: dispute.id,
        subjectType: "Dispute",
        subjectId: dispute.id,
        summary: visit ? "回访后结案" : `未回访结案：${reason ?? ""}`,
        occurredAt: context.now,
        payload: { disputeId: dispute.id, status: next, returnVisitId: visit?.id ?? null, reason: visit ? null : reason },
      }),
    }),
    current: async () => (await db.dispute.findUnique({ where: { id: dispute.id } }))?.status ?? null,
  });
}
