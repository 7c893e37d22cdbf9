import { randomUUID } from "node:crypto";
import {
  checkUuid,
  calendarMissingNote,
  computeDeadline,
  ErrorCode,
  eventRow,
  HubError,
  idempotencyClaim,
  invalidInput,
  periodLabel,
  runIdempotently,
} from "@hub/subgraph-kit";
import type { ConfirmationApplication as ApplicationRow, Court as CourtRow, Prisma } from "../../generated/client";
import type { CourtContext } from "../context";
import { requireOfficerOf } from "../courts/court-officer";
import { checkDivisionCode, uniqueViolationColumns } from "@hub/subgraph-kit";
import { readConfirmationFacts, type ConfirmationFacts } from "../mediation/confirmation-facts";
import { CLOSED_STATUSES } from "./confirmation-status";
import type { FileConfirmationApplicationInput } from "./file-confirmation-application.input";
import { checkJurisdiction, JURISDICTION_RULE } from "./jurisdiction";
import { missingMaterials } from "./application-record";
import { checkApplicationForm } from "./oral-application";
import { checkNotRefiledAfterRejection } from "./refiling";
import { checkNoStatusRelationship } from "./status-relationship";
import { termsAsFiled } from "./enforcement-window";

const JOINT_APPLICATION_RULE = "民事诉讼法 art 205";
type Facts = Awaited<ReturnType<typeof readConfirmationFacts>>;

function checkKeys(input: FileConfirmationApplicationInput): void {
  checkUuid(input.mediationCaseId, "input.mediationCaseId");
  checkUuid(input.courtId, "input.courtId");
  const seen = new Set<string>();
  input.applicantPartyIds.forEach((partyId, index) => {
    const field = `input.applicantPartyIds.${index}`;
    checkUuid(partyId, field);
    if (seen.has(partyId.toLowerCase())) {
      throw invalidInput(field, "each party once", {
        zh: "同一当事人重复列为申请人",
        en: "The same party is listed twice as an applicant",
      });
    }
    seen.add(partyId.toLowerCase());
  });
}

/** 民诉法解释 351: only an agreement that has taken effect can be confirmed. */
function effectiveAgreement(facts: ConfirmationFacts): NonNullable<ConfirmationFacts["agreement"]> & { effectiveAt: string } {
  const { agreement } = facts;
  if (agreement?.status === "EFFECTIVE" && agreement.effectiveAt) return { ...agreement, effectiveAt: agreement.effectiveAt };
  throw new HubError(
    ErrorCode.REFUSED_BY_RULE,
    agreement
      ? { zh: "调解协议尚未生效，不能申请司法确认", en: "The mediation agreement has not taken effect, so it cannot be confirmed" }
      : { zh: "该调解案件没有调解协议，不能申请司法确认", en: "The mediation case has no agreement to confirm" },
    { field: "input.mediationCaseId", rule: "民诉法解释 351", agreementStatus: agreement?.status ?? null },
  );
}

/**
 * 民事诉讼法 art 205, 民诉法解释 351: the parties apply jointly, in person or through an agent; one
 * party alone cannot, and every party bound by the agreement must be among the applicants.
 */
function checkApplicants(partyIds: string[], facts: Facts, agreement: { partyIds: string[] }): void {
  const roles = new Map(facts.dispute.parties.map((party) => [party.id.toLowerCase(), party.role]));
  const bound = new Set(agreement.partyIds.map((id) => id.toLowerCase()));
  partyIds.forEach((partyId, index) => {
    const field = `input.applicantPartyIds.${index}`;
    if (!roles.has(partyId.toLowerCase())) {
      throw invalidInput(field, "party of the dispute", {
        zh: `当事人“${partyId}”不是该纠纷的当事人`,
        en: `Party "${partyId}" is not a party to this dispute`,
      });
    }
    if (!bound.has(partyId.toLowerCase())) {
      throw new HubError(
        ErrorCode.REFUSED_BY_RULE,
        { zh: "该当事人不受调解协议约束，不能申请确认", en: "This party is not bound by the agreement and cannot apply to confirm it" },
        { field, rule: JOINT_APPLICATION_RULE },
      );
    }
  });
  const sides = new Set(partyIds.map((id) => roles.get(id.toLowerCase())));
  const missingSides = (["APPLICANT", "RESPONDENT"] as const).filter((side) => !sides.has(side));
  if (missingSides.length > 0) {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      {
        zh: "司法确认须由双方当事人共同申请，一方当事人不能单独申请",
        en: "Both sides must apply jointly; one party alone cannot apply for confirmation",
      },
      { field: "input.applicantPartyIds", rule: JOINT_APPLICATION_RULE, missingSides },
    );
  }
  const applying = new Set(partyIds.map((id) => id.toLowerCase()));
  const missingPartyIds = agreement.partyIds.filter((id) => !applying.has(id.toLowerCase()));
  if (missingPartyIds.length === 0) return;
  throw new HubError(
    ErrorCode.REFUSED_BY_RULE,
    {
      zh: "受调解协议约束的每一方当事人都须共同申请（本人或者委托代理人），尚有当事人未申请",
      en: "Every party bound by the agreement must apply, in person or through an agent; some have not",
    },
    { field: "input.applicantPartyIds", rule: `${JOINT_APPLICATION_RULE}; 民诉法解释 351`, missingPartyIds },
  );
}

/** 申请时间: when the parties applied, which may precede the clerk's registration but not follow it. */
function appliedAt(input: FileConfirmationApplicationInput, now: Date): Date {
  const at = input.appliedAt ?? now;
  if (at.getTime() <= now.getTime()) return at;
  throw invalidInput("input.appliedAt", "not in the future", {
    zh: "申请时间不能晚于登记时间",
    en: "The parties cannot have applied after the application is registered",
  });
}

/** 民事诉讼法 art 205: within 30 days (configurable) of the agreement taking effect, judged on when the parties applied. */
function checkApplicationWindow(context: CourtContext, effectiveAt: string, applied: Date): void {
  const rule = context.deadlines.applicationWindow;
  // 民法典 art 203: a window ending on a rest day runs to the next working day, on the holiday calendar.
  const window = computeDeadline(new Date(effectiveAt), rule);
  const deadline = window.dueAt;
  if (applied.getTime() <= deadline.getTime()) return;
  const missing = calendarMissingNote(window.calendarMissingFor);
  throw new HubError(
    ErrorCode.DEADLINE_PASSED,
    {
      zh: `申请司法确认的期限已过：应在调解协议生效之日起${periodLabel(rule).zh}内申请，已于${deadline.toISOString()}届满${missing ? `（${missing.zh}）` : ""}`,
      en: `Too late to apply: confirmation must be sought within ${periodLabel(rule).en} of the agreement taking effect, which ended at ${deadline.toISOString()}${missing ? ` (${missing.en})` : ""}`,
    },
    {
      field: "input.mediationCaseId",
      rule: rule.basis,
      deadline: deadline.toISOString(),
      effectiveAt,
      ...(window.calendarMissingFor.length > 0 ? { calendarMissingFor: window.calendarMissingFor } : {}),
    },
  );
}

async function registeredCourt(context: CourtContext, courtId: string): Promise<CourtRow> {
  const court = await context.loaders.courtById.load(courtId);
  if (court) return court;
  throw invalidInput("input.courtId", "registered court", {
    zh: `法院“${courtId}”未登记`,
    en: `Court "${courtId}" is not registered`,
  });
}

/**
 * 申请司法确认: checks the application against the mediation case read through the graph and
 * records it in FILED, at most one live application per mediation case.
 */
export async function fileConfirmationApplication(
  context: CourtContext,
  input: FileConfirmationApplicationInput,
  now: Date = context.now,
): Promise<ApplicationRow> {
  const id = randomUUID();
  return runIdempotently(
    context.db,
    idempotencyClaim("fileConfirmationApplication", context.actor, input, id),
    "input.idempotencyKey",
    (claimIn) => file(context, input, now, id, claimIn),
    (applicationId) => context.db.confirmationApplication.findUniqueOrThrow({ where: { id: applicationId } }),
  );
}

async function file(
  context: CourtContext,
  input: FileConfirmationApplicationInput,
  now: Date,
  id: string,
  claimIn: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<ApplicationRow> {
  checkKeys(input);
  const court = await registeredCourt(context, input.courtId);
  requireOfficerOf(context, court, "申请司法确认立案", JURISDICTION_RULE);

  const subjectMatterPlaceCode = input.subjectMatterPlaceCode?.trim() || null;
  if (subjectMatterPlaceCode) checkDivisionCode(subjectMatterPlaceCode, "input.subjectMatterPlaceCode");
  const form = input.form ?? "WRITTEN";
  const oralRecord = checkApplicationForm(form, input.oralRecord, input.applicantPartyIds);
  const applied = appliedAt(input, now);

  const facts = await readConfirmationFacts(context.graph, input.mediationCaseId, context);
  const agreement = effectiveAgreement(facts);
  checkApplicants(input.applicantPartyIds, facts, agreement);
  await checkNotRefiledAfterRejection(context.db, agreement.id);
  checkApplicationWindow(context, agreement.effectiveAt, applied);
  checkJurisdiction(court, { ...facts, boundPartyIds: agreement.partyIds, subjectMatterPlaceCode }, context.firstInstance);
  checkNoStatusRelationship(agreement.terms);

  const disputeId = facts.dispute.id;
  try {
    return await context.db.$transaction(async (tx) => {
      await claimIn(tx);
      const created = await tx.confirmationApplication.create({
        data: {
          id,
          disputeId,
          disputePlaceCode: facts.dispute.placeCode,
          mediationCaseId: input.mediationCaseId,
          agreementId: agreement.id,
          mediatingCommitteeId: facts.committee.id.toLowerCase(),
          mediatingCommitteeDivisionCode: facts.committee.divisionCode,
          applicantPartyIds: input.applicantPartyIds,
          courtId: court.id,
          status: "FILED",
          filedAt: now,
          filedById: context.actor.userId,
          filedByName: context.actor.name,
          appliedAt: applied,
          form,
          oralRecord: oralRecord?.content ?? null,
          oralRecordConfirmations: oralRecord ? oralRecord.confirmations : undefined,
          materials: [...new Set(input.materials ?? [])],
          subjectMatterPlaceCode,
          agreementTerms: termsAsFiled(agreement.terms),
        },
      });
      await tx.eventLog.create({
        data: eventRow(context.actor, {
          type: "confirmation.filed",
          disputeId,
          subjectType: "ConfirmationApplication",
          subjectId: id,
          summary: `双方当事人向${court.name}申请司法确认`,
          occurredAt: now,
          payload: {
            courtId: court.id,
            mediationCaseId: input.mediationCaseId,
            agreementId: agreement.id,
            appliedAt: applied.toISOString(),
            form,
            missingMaterials: missingMaterials(input.materials ?? []),
          },
        }),
      });
      return created;
    });
  } catch (error) {
    if (!uniqueViolationColumns(error)?.includes("mediation_case_id")) throw error;
    const live = await context.db.confirmationApplication.findFirst({
      where: { mediationCaseId: input.mediationCaseId, status: { notIn: [...CLOSED_STATUSES] } },
      select: { id: true, courtId: true },
    });
    throw new HubError(
      ErrorCode.CONFLICT,
      {
        zh: "该调解案件已有尚未终结的司法确认申请，不能重复申请",
        en: "This mediation case already has a judicial-confirmation application in progress",
      },
      { field: "input.mediationCaseId", rule: "民诉法解释 352", applicationId: live?.id ?? null, courtId: live?.courtId ?? null },
    );
  }
}
