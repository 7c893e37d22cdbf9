import { randomUUID } from "node:crypto";
import {
  calendarMissingNote,
  checkUuid,
  computeDeadline,
  ErrorCode,
  HubError,
  invalidInput,
  notFound,
  optionalText,
} from "@hub/subgraph-kit";
import type { ConfirmationApplication as ApplicationRow, RulingObjection as ObjectionRow } from "../../generated/client";
import { confirmationMachine } from "../applications/confirmation-machine";
import type { CourtContext } from "../context";
import { LOCKING_TRANSACTION } from "../db";
import { applicationEvent, applicationForStep, pastOrNow, requireApplicant } from "./procedure-step";
import type { DecideRulingObjectionInput } from "./decide-ruling-objection.input";
import type { FileRulingObjectionInput } from "./file-ruling-objection.input";
import type { StartObjectionReviewInput } from "./start-objection-review.input";
import { OBJECTION_RULE } from "./ruling-service";

function required(value: string | null | undefined, field: string, max: number, label: { zh: string; en: string }): string {
  const text = optionalText(value, field, label, max);
  if (text) return text;
  throw invalidInput(field, OBJECTION_RULE, { zh: `须填写${label.zh}`, en: `${label.en} is required` });
}

/** `calendarMissingFor`: the years the period touched that the holiday calendar does not cover (民法典 art 203). */
function late(deadline: Date, from: string, calendarMissingFor: number[], extra: Record<string, unknown>): HubError {
  const missing = calendarMissingNote(calendarMissingFor);
  return new HubError(
    ErrorCode.DEADLINE_PASSED,
    {
      zh: `提出异议的期限已于${deadline.toISOString()}届满（${from}）${missing ? `（${missing.zh}）` : ""}`,
      en: `The time to object ended at ${deadline.toISOString()} (${from})${missing ? ` (${missing.en})` : ""}`,
    },
    {
      field: "input.applicationId",
      rule: OBJECTION_RULE,
      deadline: deadline.toISOString(),
      ...(calendarMissingFor.length > 0 ? { calendarMissingFor } : {}),
      ...extra,
    },
  );
}

/**
 * 民诉法解释 372: a party objects within 15 days of receiving the ruling (valid or rejecting; a
 * party not yet served is still in time); an interested person objects to a valid ruling within
 * 6 months of learning, or when they should have learned, that it harms their civil rights.
 */
async function checkInTime(context: CourtContext, application: ApplicationRow, input: FileRulingObjectionInput, now: Date) {
  if (input.objectorKind === "PARTY") {
    if (!input.partyId)
      throw invalidInput("input.partyId", OBJECTION_RULE, { zh: "须指明提出异议的当事人", en: "Name the objecting party" });
    const partyId = requireApplicant(application, input.partyId, "input.partyId", OBJECTION_RULE);
    const services = await context.loaders.servicesByApplication.load(application.id);
    const service = services.find((row) => row.partyId.toLowerCase() === partyId.toLowerCase());
    if (service && now.getTime() > service.objectionDeadline.getTime()) {
      const { calendarMissingFor } = computeDeadline(service.servedAt, context.deadlines.partyObjection);
      throw late(service.objectionDeadline, "当事人自收到裁定之日起十五日内 15 days from receiving the ruling", calendarMissingFor, {
        servedAt: service.servedAt.toISOString(),
      });
    }
    return { partyId, objectorName: null, learnedOfHarmAt: null };
  }
  if (input.partyId && application.applicantPartyIds.some((id) => id.toLowerCase() === input.partyId?.toLowerCase())) {
    throw invalidInput("input.partyId", OBJECTION_RULE, {
      zh: "申请人是当事人，不是利害关系人",
      en: "An applicant objects as a party, not as an interested person",
    });
  }
  if (application.status !== "CONFIRMED_VALID") {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      {
        zh: "利害关系人只能对确认调解协议有效的裁定提出异议",
        en: "An interested person objects only to a ruling that the agreement is valid",
      },
      { field: "input.objectorKind", rule: OBJECTION_RULE },
    );
  }
  const objectorName = required(input.objectorName, "input.objectorName", 100, {
    zh: "利害关系人姓名或名称",
    en: "The interested person's name",
  });
  if (!input.learnedOfHarmAt) {
    throw invalidInput("input.learnedOfHarmAt", OBJECTION_RULE, {
      zh: "须写明利害关系人知道或者应当知道其民事权益受到侵害的时间",
      en: "Give when the interested person learned of the harm",
    });
  }
  const learnedOfHarmAt = pastOrNow(input.learnedOfHarmAt, now, "input.learnedOfHarmAt");
  const { dueAt: deadline, calendarMissingFor } = computeDeadline(learnedOfHarmAt, context.deadlines.interestedPersonObjection);
  if (now.getTime() > deadline.getTime()) {
    throw late(
      deadline,
      "利害关系人自知道或者应当知道其民事权益受到侵害之日起六个月内 6 months from learning of the harm",
      calendarMissingFor,
      { learnedOfHarmAt: learnedOfHarmAt.toISOString() },
    );
  }
  return { partyId: null, objectorName, learnedOfHarmAt };
}

export async function fileRulingObjection(
  context: CourtContext,
  input: FileRulingObjectionInput,
  now: Date = context.now,
): Promise<ObjectionRow> {
  const { application } = await applicationForStep(context, input.applicationId, {
    action: "登记对裁定的异议",
    rule: OBJECTION_RULE,
    roles: ["COURT_CLERK", "JUDGE"],
    statuses: ["CONFIRMED_VALID", "REJECTED"],
  });
  const objector = await checkInTime(context, application, input, now);
  const grounds = required(input.grounds, "input.grounds", 5000, { zh: "异议理由", en: "The grounds" });
  return context.db.$transaction(async (tx) => {
    const objection = await tx.rulingObjection.create({
      data: {
        id: randomUUID(),
        applicationId: application.id,
        objectorKind: input.objectorKind,
        ...objector,
        grounds,
        filedAt: now,
        filedById: context.actor.userId,
        filedByName: context.actor.name,
      },
    });
    await applicationEvent(
      tx,
      context,
      application,
      {
        type: "confirmation.objection_filed",
        summary: `${input.objectorKind === "PARTY" ? "当事人" : "利害关系人"}对裁定（${application.caseNumber ?? ""}）提出异议`,
        payload: { objectionId: objection.id, objectorKind: input.objectorKind, partyId: objector.partyId },
      },
      now,
    );
    return objection;
  });
}

async function objectionForJudge(context: CourtContext, objectionId: string, action: string, from: ObjectionRow["status"]) {
  checkUuid(objectionId, "input.objectionId");
  const objection = await context.db.rulingObjection.findUnique({ where: { id: objectionId } });
  if (!objection) throw notFound("RulingObjection", objectionId);
  const { application } = await applicationForStep(context, objection.applicationId, {
    action,
    rule: OBJECTION_RULE,
    roles: ["JUDGE"],
    statuses: ["CONFIRMED_VALID", "REJECTED"],
  });
  if (objection.status === from) return { objection, application };
  throw new HubError(
    ErrorCode.ILLEGAL_TRANSITION,
    { zh: `异议处于“${objection.status}”状态，不能“${action}”`, en: `The objection is ${objection.status}; "${action}" needs ${from}` },
    { field: "input.objectionId", currentState: objection.status, allowedStates: [from] },
  );
}

function changedMeanwhile(): HubError {
  return new HubError(
    ErrorCode.CONFLICT,
    { zh: "该异议或裁定刚被他人处理，请刷新后重试", en: "The objection or the ruling was changed just now; reload and try again" },
    { field: "input.objectionId" },
  );
}

export async function startObjectionReview(
  context: CourtContext,
  input: StartObjectionReviewInput,
  now: Date = context.now,
): Promise<ObjectionRow> {
  const { objection, application } = await objectionForJudge(context, input.objectionId, "审查异议", "FILED");
  return context.db.$transaction(async (tx) => {
    const { count } = await tx.rulingObjection.updateMany({
      where: { id: objection.id, status: "FILED" },
      data: {
        status: "UNDER_REVIEW",
        reviewStartedAt: now,
        reviewStartedById: context.actor.userId,
        reviewStartedByName: context.actor.name,
      },
    });
    if (count === 0) throw changedMeanwhile();
    await applicationEvent(
      tx,
      context,
      application,
      { type: "confirmation.objection_review_started", summary: "开始审查对裁定的异议", payload: { objectionId: objection.id } },
      now,
    );
    return tx.rulingObjection.findUniqueOrThrow({ where: { id: objection.id } });
  });
}

/**
 * 民诉法解释 372: an objection found well founded revokes the ruling (the application ends
 * RULING_REVOKED); one not founded is dismissed and the ruling stands.
 */
export async function decideRulingObjection(
  context: CourtContext,
  input: DecideRulingObjectionInput,
  now: Date = context.now,
): Promise<ObjectionRow> {
  const { objection, application } = await objectionForJudge(context, input.objectionId, "作出异议审查裁定", "UNDER_REVIEW");
  const reasoning = required(input.reasoning, "input.reasoning", 5000, { zh: "审查理由", en: "The reasoning" });
  const outcome = input.revokeRuling ? "RULING_REVOKED" : "RULING_UPHELD";
  const revokedTo = input.revokeRuling ? confirmationMachine.next(application.status, "revokeRuling") : null;
  const decided = await context.db.$transaction(async (tx) => {
    const { count } = await tx.rulingObjection.updateMany({
      where: { id: objection.id, status: "UNDER_REVIEW" },
      data: {
        status: outcome,
        decidedAt: now,
        decidedById: context.actor.userId,
        decidedByName: context.actor.name,
        decisionReasoning: reasoning,
      },
    });
    if (count === 0) throw changedMeanwhile();
    await applicationEvent(
      tx,
      context,
      application,
      {
        type: "confirmation.objection_decided",
        summary: input.revokeRuling ? "异议成立，撤销原裁定" : "异议不成立，裁定驳回异议",
        payload: { objectionId: objection.id, outcome },
      },
      now,
    );
    if (revokedTo) {
      const revoked = await tx.confirmationApplication.updateMany({
        where: { id: application.id, status: application.status },
        data: { status: revokedTo },
      });
      if (revoked.count === 0) throw changedMeanwhile();
      await applicationEvent(
        tx,
        context,
        application,
        {
          type: "confirmation.ruling_revoked",
          summary: `撤销${application.caseNumber ?? ""}裁定`,
          payload: {
            objectionId: objection.id,
            status: revokedTo,
            revokedOutcome: application.rulingOutcome,
            caseNumber: application.caseNumber,
          },
        },
        now,
      );
    }
    return tx.rulingObjection.findUniqueOrThrow({ where: { id: objection.id } });
  }, LOCKING_TRANSACTION);
  context.loaders.applicationById.clear(application.id);
  return decided;
}
