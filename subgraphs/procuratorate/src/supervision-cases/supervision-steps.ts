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
  transition as moveRecord,
} from "@hub/subgraph-kit";
import type { Prisma, SupervisionCase as SupervisionCaseRow } from "../../generated/client";
import type { ProcuratorateContext } from "../context";
import type { SupervisionCaseStatus } from "./enums";
import { supervisionMachine, type SupervisionEvent } from "./supervision-machine";
import type { ConcludeSupervisionInput, StartSupervisionReviewInput } from "./supervision-step.inputs";

const OUTCOME_LABELS = {
  NO_IRREGULARITY: "未发现违法情形",
  PROCURATORIAL_SUGGESTION: "提出检察建议",
  PROTEST: "提出抗诉",
  PUBLIC_INTEREST_LEAD: "移送公益诉讼线索",
  RETRIAL_SUGGESTION: "提出再审检察建议",
} as const;

/** The prosecutor must belong to the procuratorate that opened the case. */
function requireOwnProcuratorate(context: ProcuratorateContext, row: SupervisionCaseRow, action: string): void {
  requireRole(context, ["PROSECUTOR"], action);
  if (row.procuratorateId === null || row.procuratorateId === context.actor.organisationId) return;
  throw new HubError(
    ErrorCode.FORBIDDEN,
    { zh: "只有立案的检察院可以办理该监督案件", en: "Only the procuratorate that opened the case may act on it" },
    { action, rule: "人民检察院民事诉讼监督规则 art 4" },
  );
}

const SUPERVISION_CASE = { zh: "监督案件", en: "supervision case" };

/**
 * Moves a case one step through the machine with the kit's write path: the update is
 * conditional on the status read, and the step's event is logged only when that update won.
 */
async function transition(
  context: ProcuratorateContext,
  caseId: string,
  event: SupervisionEvent,
  action: string,
  change: (row: SupervisionCaseRow) => {
    data: Prisma.SupervisionCaseUpdateManyMutationInput;
    type: string;
    summary: string;
    payload?: Record<string, string>;
  },
): Promise<SupervisionCaseRow> {
  checkUuid(caseId, "input.caseId");
  const { db } = context;
  const row = await db.supervisionCase.findUnique({ where: { id: caseId } });
  if (!row) throw notFound("SupervisionCase", caseId);
  requireOwnProcuratorate(context, row, action);
  supervisionMachine.next(row.status, event);
  const { data, type, summary, payload } = change(row);
  return moveRecord(db, {
    machine: supervisionMachine,
    event,
    from: row.status,
    entity: SUPERVISION_CASE,
    field: "input.caseId",
    update: (tx, expected, next: SupervisionCaseStatus) =>
      tx.supervisionCase.updateMany({ where: { id: caseId, status: expected }, data: { ...data, status: next } }),
    write: async (tx, next) => ({
      result: await tx.supervisionCase.findUniqueOrThrow({ where: { id: caseId } }),
      events: eventRow(context.actor, {
        type,
        disputeId: row.disputeId,
        subjectType: "SupervisionCase",
        subjectId: caseId,
        summary,
        occurredAt: context.now,
        payload: { caseId, disputeId: row.disputeId, procuratorateId: row.procuratorateId, status: next, ...payload },
      }),
    }),
    current: async () => (await db.supervisionCase.findUnique({ where: { id: caseId } }))?.status ?? null,
  });
}

export function startSupervisionReview(context: ProcuratorateContext, input: StartSupervisionReviewInput): Promise<SupervisionCaseRow> {
  return transition(context, input.caseId, "startReview", "startSupervisionReview", () => ({
    data: { reviewStartedAt: context.now, reviewStartedById: context.actor.userId, reviewStartedByName: context.actor.name },
    type: "supervision.review_started",
    summary: "检察机关开始审查",
  }));
}

export function concludeSupervision(context: ProcuratorateContext, input: ConcludeSupervisionInput): Promise<SupervisionCaseRow> {
  const summary = requiredText(input.summary, "input.summary", { zh: "结案情况", en: "The conclusion's summary" }, 5000);
  const documentNumber = optionalText(input.documentNumber, "input.documentNumber", { zh: "文书编号", en: "The document number" }, 100);
  return transition(context, input.caseId, "conclude", "concludeSupervision", (row) => {
    const issuedAt = checkIssuedAt(context, row, input.issuedAt ?? null);
    const publicInterestHarmed = input.publicInterestHarmed ?? (row.grounds === "STATE_OR_PUBLIC_INTEREST" ? true : null);
    checkCourtReopening(row, input.outcome, publicInterestHarmed === true);
    return {
      data: {
        outcome: input.outcome,
        publicInterestHarmed,
        outcomeSummary: summary,
        outcomeIssuedAt: issuedAt,
        outcomeDocumentNumber: documentNumber,
        concludedAt: context.now,
        concludedById: context.actor.userId,
        concludedByName: context.actor.name,
      },
      type: "supervision.concluded",
      payload: { outcome: input.outcome, issuedAt: issuedAt.toISOString(), ...(documentNumber ? { documentNumber } : {}) },
      summary: `检察机关结案：${OUTCOME_LABELS[input.outcome]}${documentNumber ? `（${documentNumber}）` : ""}`,
    };
  });
}

function checkIssuedAt(context: ProcuratorateContext, row: SupervisionCaseRow, issuedAt: Date | null): Date {
  if (issuedAt === null) return context.now;
  if (issuedAt.getTime() > context.now.getTime()) {
    throw invalidInput("input.issuedAt", "not in the future", {
      zh: "文书制发时间不能晚于当前时间",
      en: "The instrument cannot be issued in the future",
    });
  }
  if (issuedAt.getTime() < row.openedAt.getTime()) {
    throw invalidInput("input.issuedAt", "not before the case was opened", {
      zh: "文书制发时间不能早于立案时间",
      en: "The instrument cannot predate the opening of the case",
    });
  }
  return issuedAt;
}

/** The outcomes that ask a court to reopen its decision: 抗诉 and 再审检察建议. */
const COURT_REOPENING = new Set<ConcludeSupervisionInput["outcome"]>(["PROTEST", "RETRIAL_SUGGESTION"]);
export const CONFIRMATION_SUPERVISION_RULE = "民诉法解释 411-412";

/**
 * 民诉法解释 411-412: no 抗诉 and no 再审检察建议 against a judicial-confirmation ruling unless the
 * review found state or public interest harmed, however the case was opened (a party's
 * application, own motion, a lead); otherwise an ordinary 检察建议 on misconduct. A mediation
 * agreement is no court act, so nothing can reopen it.
 */
function checkCourtReopening(row: SupervisionCaseRow, outcome: ConcludeSupervisionInput["outcome"], publicInterestHarmed: boolean): void {
  if (!COURT_REOPENING.has(outcome)) return;
  const supervised = row.subjectKind ?? row.leadKind;
  if (supervised === "MEDIATION_AGREEMENT") {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      {
        zh: "人民调解协议不是法院的裁判，不能抗诉或提出再审检察建议；可提出检察建议或移送公益诉讼线索",
        en: "A mediation agreement is no court decision: it cannot be protested or sent for retrial; make a procuratorial suggestion or a public-interest lead",
      },
      { field: "input.outcome", rule: `${CONFIRMATION_SUPERVISION_RULE}; 民事诉讼法 art 219` },
    );
  }
  if (supervised !== "CONFIRMATION_RULING" || publicInterestHarmed) return;
  throw new HubError(
    ErrorCode.REFUSED_BY_RULE,
    {
      zh: "对司法确认裁定仅在损害国家利益、社会公共利益时方可抗诉或提出再审检察建议，其他情形请提出检察建议",
      en: "A confirmation ruling may be protested or sent for retrial only where state or public interest is harmed; make a procuratorial suggestion instead",
    },
    { field: "input.outcome", rule: CONFIRMATION_SUPERVISION_RULE },
  );
}
