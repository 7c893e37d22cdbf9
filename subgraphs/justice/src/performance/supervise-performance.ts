import { randomUUID } from "node:crypto";
import {
  checkUuid,
  ErrorCode,
  eventRow,
  HubError,
  invalidInput,
  notFound,
  optionalText,
  requiredText,
  requireRole,
} from "@hub/subgraph-kit";
import type { AgreementTerm as TermRow, MediationAgreement as AgreementRow } from "../../generated/client";
import { requireCommitteeActor } from "../access";
import { AgreementStatus } from "../agreements/enums";
import type { JusticeContext } from "../context";
import { CLOCK_SKEW_MS } from "../dates";
import { PerformanceStatus } from "./enums";
import type { RecordTermPerformanceInput, UrgePerformanceInput } from "./performance.inputs";

/** 人民调解法 art 31: an agreement binds the parties, who perform it; the committee supervises performance. */
export const PERFORMANCE_RULE = "人民调解法 art 31";
const STATUS_ZH: Record<PerformanceStatus, string> = { PERFORMED: "已履行", PARTLY_PERFORMED: "部分履行", NOT_PERFORMED: "未履行" };

/** The term, its agreement (which must be in effect) and the case's dispute, for a committee or the bureau over it. */
async function loadTermForStep(
  context: JusticeContext,
  termId: string,
  action: string,
): Promise<{ term: TermRow; agreement: AgreementRow; disputeId: string }> {
  requireRole(context, ["MEDIATOR", "JUSTICE_OFFICER"], action);
  checkUuid(termId, "input.termId");
  const term = await context.loaders.termById.load(termId);
  if (!term) throw notFound("AgreementTerm", termId);
  const agreement = await context.loaders.agreementById.load(term.agreementId);
  if (!agreement) throw notFound("MediationAgreement", term.agreementId);
  const mediationCase = await context.loaders.caseById.load(agreement.caseId);
  if (!mediationCase) throw notFound("MediationCase", agreement.caseId);
  const committee = await context.loaders.committeeById.load(mediationCase.committeeId);
  if (!committee) throw notFound("MediationCommittee", mediationCase.committeeId);
  requireCommitteeActor(context, committee, action);
  if (agreement.status !== AgreementStatus.EFFECTIVE) {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      {
        zh: "调解协议尚未生效（或已因未签署而终结），无履行可督促（人民调解法第三十一条）",
        en: "The agreement is not in effect, so there is no performance to supervise (人民调解法 art 31)",
      },
      { field: "input.termId", rule: PERFORMANCE_RULE, agreementStatus: agreement.status },
    );
  }
  return { term, agreement, disputeId: mediationCase.disputeId };
}

/** 记录履行情况: performed, partly or not, as of a day; the latest record stands on the term. */
export async function recordTermPerformance(context: JusticeContext, input: RecordTermPerformanceInput): Promise<TermRow> {
  const { term, disputeId } = await loadTermForStep(context, input.termId, "recordTermPerformance");
  const now = context.now;
  if (input.asOf.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw invalidInput("input.asOf", PERFORMANCE_RULE, {
      zh: "履行情况的日期不能晚于现在",
      en: "Performance cannot be recorded for a future day",
    });
  }
  const note = optionalText(input.note, "input.note", { zh: "履行情况说明", en: "The note" }, 1000);
  return context.db.$transaction(async (tx) => {
    // Two records of one term commit in the order they are numbered, so the last stands on the term.
    await tx.$queryRaw`SELECT id FROM agreement_term WHERE id = ${term.id}::uuid FOR UPDATE`;
    await tx.termPerformance.create({
      data: {
        id: randomUUID(),
        termId: term.id,
        status: input.status,
        asOf: input.asOf,
        note,
        recordedAt: now,
        recordedById: context.actor.userId,
        recordedByName: context.actor.name,
      },
    });
    const updated = await tx.agreementTerm.update({ where: { id: term.id }, data: { performanceStatus: input.status } });
    await tx.eventLog.create({
      data: eventRow(context.actor, {
        type: "mediation.performance_recorded",
        disputeId,
        subjectType: "MediationAgreement",
        subjectId: term.agreementId,
        summary: `调解协议第${term.position}项履行事项：${STATUS_ZH[input.status]}（人民调解法第三十一条）`,
        occurredAt: now,
        payload: { agreementId: term.agreementId, termId: term.id, position: term.position, status: input.status, asOf: input.asOf },
      }),
    });
    return updated;
  });
}

/** 督促履行: the committee urges performance of a term not recorded as performed. */
export async function urgePerformance(context: JusticeContext, input: UrgePerformanceInput): Promise<TermRow> {
  const { term, disputeId } = await loadTermForStep(context, input.termId, "urgePerformance");
  if (term.performanceStatus === PerformanceStatus.PERFORMED) {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      { zh: "该履行事项已记录为已履行，无需督促", en: "This term is recorded as performed; there is nothing to urge" },
      { field: "input.termId", rule: PERFORMANCE_RULE, performanceStatus: term.performanceStatus },
    );
  }
  const method = requiredText(input.method, "input.method", { zh: "督促方式", en: "How performance was urged" }, 100, PERFORMANCE_RULE);
  const note = optionalText(input.note, "input.note", { zh: "督促情况说明", en: "The note" }, 1000);
  const now = context.now;
  return context.db.$transaction(async (tx) => {
    await tx.performanceUrging.create({
      data: {
        id: randomUUID(),
        termId: term.id,
        urgedAt: now,
        method,
        note,
        recordedById: context.actor.userId,
        recordedByName: context.actor.name,
      },
    });
    await tx.eventLog.create({
      data: eventRow(context.actor, {
        type: "mediation.performance_urged",
        disputeId,
        subjectType: "MediationAgreement",
        subjectId: term.agreementId,
        summary: `人民调解委员会督促履行调解协议第${term.position}项（${method}；人民调解法第三十一条）`,
        occurredAt: now,
        payload: { agreementId: term.agreementId, termId: term.id, position: term.position, method, overdue: term.deadline < now },
      }),
    });
    return term;
  });
}

/** Terms of the committee's agreements in effect whose deadline has passed without a record of full performance, oldest first. */
export async function overdueTerms(context: JusticeContext, committeeId: string, first: number): Promise<TermRow[]> {
  checkUuid(committeeId, "committeeId");
  const committee = await context.loaders.committeeById.load(committeeId);
  if (!committee) throw notFound("MediationCommittee", committeeId);
  requireCommitteeActor(context, committee, "overduePerformance");
  if (!Number.isInteger(first) || first < 1 || first > 500) {
    throw invalidInput("first", "1 to 500", { zh: "每页条数应为1至500", en: "first must be 1 to 500" });
  }
  return context.db.agreementTerm.findMany({
    where: {
      deadline: { lt: context.now },
      OR: [{ performanceStatus: null }, { performanceStatus: { not: PerformanceStatus.PERFORMED } }],
      agreement: { status: AgreementStatus.EFFECTIVE, case: { committeeId } },
    },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
    take: first,
  });
}
