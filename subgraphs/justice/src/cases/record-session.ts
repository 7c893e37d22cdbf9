import { randomUUID } from "node:crypto";
import { ErrorCode, eventRow, HubError, idempotencyClaim, invalidInput, requiredText, runIdempotently } from "@hub/subgraph-kit";
import type { MediationCase as MediationCaseRow, Prisma } from "../../generated/client";
import type { JusticeContext } from "../context";
import { chinaDate, CLOCK_SKEW_MS } from "../dates";
import { MEDIATOR_RULE } from "./assign-mediator";
import { commitCaseStep, loadCaseForStep, nextCaseStatus } from "./case-step";
import { SessionPublicity } from "./enums";
import { checkPartiesOf } from "./party-check";
import type { RecordSessionInput } from "./record-session.input";

export const POLICE_REFERRAL_RULE = "人民调解法 art 25";
const MAX_SUMMARY = 5000;
const MAX_REASON = 1000;

function checkPastTime(at: Date, field: string, notBefore: Date, what: string): void {
  if (at.getTime() > Date.now() + CLOCK_SKEW_MS) {
    throw invalidInput(field, "not in the future", { zh: `${what}不能晚于当前时间`, en: `${field} is in the future` });
  }
  if (at < notBefore) {
    throw invalidInput(field, "not before the case was accepted", {
      zh: `${what}不能早于受理时间（${chinaDate(notBefore)}）`,
      en: `${field} is before the case was accepted`,
    });
  }
}

/** 记录调解: the first session moves the case into IN_SESSION; a reported risk (art 25) is logged as its own event. */
export async function recordSession(
  context: JusticeContext,
  input: RecordSessionInput,
  now: Date = context.now,
): Promise<MediationCaseRow> {
  const sessionId = randomUUID();
  return runIdempotently(
    context.db,
    idempotencyClaim("recordSession", context.actor, input, sessionId),
    "input.idempotencyKey",
    (claimIn) => record(context, input, now, sessionId, claimIn),
    async (id) => {
      const session = await context.db.mediationSession.findUniqueOrThrow({ where: { id }, select: { caseId: true } });
      return context.db.mediationCase.findUniqueOrThrow({ where: { id: session.caseId } });
    },
  );
}

async function record(
  context: JusticeContext,
  input: RecordSessionInput,
  now: Date,
  sessionId: string,
  claimIn: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<MediationCaseRow> {
  const { row } = await loadCaseForStep(context, input.caseId, "recordSession");
  nextCaseStatus(row, "HOLD_SESSION");
  if (!row.mediatorId) {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      {
        zh: "请先指定调解员或由当事人选定调解员，再进行调解",
        en: "Assign a mediator, or record the one the parties chose, before holding a session",
      },
      { field: "input.caseId", rule: MEDIATOR_RULE },
    );
  }
  checkPastTime(input.heldAt, "input.heldAt", row.acceptedAt, "调解时间");
  const summary = requiredText(input.summary, "input.summary", { zh: "调解情况", en: "The session's summary" }, MAX_SUMMARY);
  if (input.attendingPartyIds.length === 0) {
    throw invalidInput("input.attendingPartyIds", "at least one party", {
      zh: "请填写到场的当事人",
      en: "Name at least one party who attended",
    });
  }
  const referral = input.policeReferral
    ? {
        reportedAt: input.policeReferral.reportedAt,
        reason: requiredText(
          input.policeReferral.reason,
          "input.policeReferral.reason",
          { zh: "报告公安机关的事由", en: "The reason reported to the police" },
          MAX_REASON,
          POLICE_REFERRAL_RULE,
        ),
      }
    : null;
  if (referral) checkPastTime(referral.reportedAt, "input.policeReferral.reportedAt", row.acceptedAt, "报告公安机关的时间");
  const parties = await context.graph.disputeParties(row.disputeId, "input.caseId");
  checkPartiesOf(parties, input.attendingPartyIds, "input.attendingPartyIds");

  return commitCaseStep(
    context.db,
    row,
    "HOLD_SESSION",
    { sessionCount: { increment: 1 } },
    async (tx, updated) => {
      const session = await tx.mediationSession.create({
        data: {
          id: sessionId,
          caseId: updated.id,
          number: updated.sessionCount,
          heldAt: input.heldAt,
          publicity: input.publicity,
          attendingPartyIds: input.attendingPartyIds,
          summary,
          policeReportedAt: referral?.reportedAt ?? null,
          policeReferralReason: referral?.reason ?? null,
          recordedAt: now,
          recordedById: context.actor.userId,
          recordedByName: context.actor.name,
        },
      });
      const publicity = session.publicity === SessionPublicity.PUBLIC ? "公开" : "不公开";
      const events = [
        eventRow(context.actor, {
          type: "mediation.session_held",
          disputeId: updated.disputeId,
          subjectType: "MediationSession",
          subjectId: session.id,
          summary: `${chinaDate(session.heldAt)}第${session.number}次调解（${publicity}），到场当事人${session.attendingPartyIds.length}人`,
          occurredAt: now,
          payload: {
            caseId: updated.id,
            status: updated.status,
            number: session.number,
            heldAt: session.heldAt,
            publicity: session.publicity,
          },
        }),
      ];
      if (referral) {
        events.push(
          eventRow(context.actor, {
            type: "mediation.police_referred",
            disputeId: updated.disputeId,
            subjectType: "MediationSession",
            subjectId: session.id,
            summary: `发现可能引发治安案件、刑事案件的风险，已于${chinaDate(referral.reportedAt)}报告公安机关（人民调解法第二十五条）`,
            occurredAt: now,
            payload: { caseId: updated.id, reportedAt: referral.reportedAt },
          }),
        );
      }
      return { result: updated, events };
    },
    claimIn,
  );
}
