import { randomUUID } from "node:crypto";
import {
  checkUuid,
  dueAt as periodEnd,
  ErrorCode,
  eventRow,
  HubError,
  idempotencyClaim,
  invalidInput,
  isUniqueViolation,
  requireRole,
  runIdempotently,
} from "@hub/subgraph-kit";
import type { MediationCase as MediationCaseRow, Prisma } from "../../generated/client";
import { requireCommitteeMember } from "../access";
import type { JusticeContext } from "../context";
import { chinaDate } from "../dates";
import type { AcceptMediationCaseInput } from "./accept-mediation-case.input";
import { caseOrigin } from "./case-origin";
import { MediationCaseStatus, type MediationOrigin } from "./enums";
import { checkStandingRefusals, type Consent } from "./party-refusals";
import { oneOpenCaseConflict, openCaseHolding, rejectionReopening, type Rejection } from "./reopening";

export { ONE_OPEN_CASE_RULE } from "./reopening";
/** The centre moves a case forward; the department it routes the case to resolves it (综治中心程序性推进、办理部门实质性解决). */
export const ROUTED_CASES_RULE = "routed by the centre (综治中心分流)";

const ACCEPTABLE_ROUTING = new Set(["PENDING", "ACCEPTED"]);
const ORIGIN_ZH: Record<MediationOrigin, string> = {
  PEOPLES_MEDIATION: "",
  COURT_DELEGATED: "（法院委派）",
  COURT_ENTRUSTED: "（法院委托）",
};

/**
 * 受理: opens a mediation case in ACCEPTED for a dispute the centre routed to this committee,
 * after accepting that routing at the centre (as the same officer). A dispute may have only one
 * open case; the partial unique index on mediation_case decides between concurrent accepts.
 */
export async function acceptMediationCase(context: JusticeContext, input: AcceptMediationCaseInput): Promise<MediationCaseRow> {
  requireRole(context, ["MEDIATOR", "JUSTICE_OFFICER"], "acceptMediationCase");
  const id = randomUUID();
  return runIdempotently(
    context.db,
    idempotencyClaim("acceptMediationCase", context.actor, input, id),
    "input.idempotencyKey",
    (claimIn) => accept(context, input, id, claimIn),
    (caseId) => context.db.mediationCase.findUniqueOrThrow({ where: { id: caseId } }),
  );
}

async function accept(
  context: JusticeContext,
  input: AcceptMediationCaseInput,
  id: string,
  claimIn: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<MediationCaseRow> {
  const { db } = context;
  checkUuid(input.disputeId, "input.disputeId");
  checkUuid(input.committeeId, "input.committeeId");
  const origin = caseOrigin(input, context.deadlines, context.now);
  const committee = await context.loaders.committeeById.load(input.committeeId);
  if (!committee) {
    throw invalidInput("input.committeeId", "registered mediation committee", {
      zh: `人民调解委员会“${input.committeeId}”未登记`,
      en: `Mediation committee "${input.committeeId}" is not registered`,
    });
  }
  requireCommitteeMember(context, committee, "acceptMediationCase");
  // Checked here first so that a refused accept does not touch the centre's routing; a case
  // that reached agreement is looked at again once the court's rulings are read.
  const open = await openCaseHolding(db, input.disputeId);
  if (open && open.status !== MediationCaseStatus.AGREEMENT_REACHED) throw oneOpenCaseConflict(open);

  const dispute = await context.graph.disputeForAcceptance(input.disputeId, origin.invitingCourtId);
  const routing = dispute.currentRouting;
  if (!routing || routing.target.department !== "JUSTICE" || routing.target.organisationId.toLowerCase() !== committee.id) {
    throw new HubError(
      ErrorCode.FORBIDDEN,
      {
        zh: `该纠纷未分流至“${committee.name}”，不能受理；请由综治中心分流`,
        en: `This dispute has not been routed to "${committee.name}"; the centre must route it first`,
      },
      { field: "input.committeeId", rule: ROUTED_CASES_RULE, routedTo: routing?.target ?? null },
    );
  }
  if (!ACCEPTABLE_ROUTING.has(routing.status)) {
    throw new HubError(
      ErrorCode.CONFLICT,
      {
        zh: `该纠纷对本委员会的分流已为“${routing.status}”状态，不能受理`,
        en: `The routing of this dispute to the committee is ${routing.status}; it can no longer be accepted`,
      },
      { field: "input.disputeId", rule: ROUTED_CASES_RULE, routingId: routing.id, routingStatus: routing.status },
    );
  }
  const rejection = open ? rejectionReopening(open, dispute.confirmationApplications, context.now) : null;
  const consents = await checkStandingRefusals(db, input.disputeId, dispute.parties, input.consents ?? []);

  await context.graph.acceptRouting(routing.id);
  // Taken after the centre's acceptance, so the case file shows the routing accepted before the case.
  const now = context.now;
  const dueAt = periodEnd(origin.clockFrom, origin.limit);
  try {
    return await db.$transaction(async (tx) => {
      await claimIn(tx);
      if (rejection) await noteRejection(context, tx, rejection, id, input.disputeId, now);
      const created = await tx.mediationCase.create({
        data: {
          id,
          disputeId: input.disputeId,
          disputePlaceCode: dispute.placeCode,
          committeeId: committee.id,
          routingId: routing.id,
          invitingCourtId: origin.invitingCourtId,
          origin: origin.origin,
          courtProcedure: origin.courtProcedure,
          fileSignedForAt: origin.fileSignedForAt,
          status: MediationCaseStatus.ACCEPTED,
          acceptedAt: now,
          acceptedById: context.actor.userId,
          acceptedByName: context.actor.name,
          dueAt,
          timeLimitBasis: origin.limit.basis,
        },
      });
      await recordConsents(context, tx, consents, id, input.disputeId, now);
      await tx.eventLog.create({
        data: eventRow(context.actor, {
          type: "mediation.accepted",
          disputeId: input.disputeId,
          subjectType: "MediationCase",
          subjectId: id,
          summary: `${committee.name}受理调解${ORIGIN_ZH[origin.origin]}，应于${chinaDate(dueAt)}前调结`,
          occurredAt: now,
          payload: {
            caseId: id,
            status: MediationCaseStatus.ACCEPTED,
            committeeId: committee.id,
            routingId: routing.id,
            invitingCourtId: origin.invitingCourtId,
            origin: origin.origin,
            courtProcedure: origin.courtProcedure,
            fileSignedForAt: origin.fileSignedForAt,
            dueAt,
            timeLimitBasis: origin.limit.basis,
            consentingPartyIds: consents.map((consent) => consent.partyId),
            reopensCaseId: rejection?.caseId ?? null,
          },
        }),
      });
      return created;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw oneOpenCaseConflict(await openCaseHolding(db, input.disputeId));
  }
}

/** The earlier case stops holding the dispute: its agreement's confirmation was rejected (民事诉讼法 art 206). */
async function noteRejection(
  context: JusticeContext,
  tx: Prisma.TransactionClient,
  rejection: Rejection,
  newCaseId: string,
  disputeId: string,
  now: Date,
): Promise<void> {
  const { count } = await tx.mediationCase.updateMany({
    where: { id: rejection.caseId, status: MediationCaseStatus.AGREEMENT_REACHED, confirmationRejectedAt: null },
    data: { confirmationRejectedAt: rejection.ruledAt, rejectedApplicationId: rejection.applicationId },
  });
  if (count === 0) throw oneOpenCaseConflict(await openCaseHolding(tx, disputeId));
  await tx.eventLog.create({
    data: eventRow(context.actor, {
      type: "mediation.reopened_after_rejection",
      disputeId,
      subjectType: "MediationCase",
      subjectId: rejection.caseId,
      summary: "人民法院裁定驳回司法确认申请，当事人可以通过调解变更原调解协议或者达成新的调解协议，纠纷重新调解（民事诉讼法第二百零六条）",
      occurredAt: now,
      payload: {
        caseId: rejection.caseId,
        agreementId: rejection.agreementId,
        rejectedApplicationId: rejection.applicationId,
        confirmationRejectedAt: rejection.ruledAt,
        newCaseId,
      },
    }),
  });
}

/** 同意调解 (人民调解法 art 17): each consent answers that party's standing refusal, recorded with the case. */
async function recordConsents(
  context: JusticeContext,
  tx: Prisma.TransactionClient,
  consents: Consent[],
  caseId: string,
  disputeId: string,
  now: Date,
): Promise<void> {
  if (!consents.length) return;
  await tx.partyConsent.createMany({
    data: consents.map((consent) => ({
      id: randomUUID(),
      disputeId,
      caseId,
      partyId: consent.partyId,
      statement: consent.statement,
      recordedAt: now,
      recordedById: context.actor.userId,
      recordedByName: context.actor.name,
    })),
  });
  await tx.eventLog.create({
    data: eventRow(context.actor, {
      type: "mediation.party_consented",
      disputeId,
      subjectType: "MediationCase",
      subjectId: caseId,
      summary: `此前拒绝调解的当事人${consents.length}人同意调解（人民调解法第十七条）`,
      occurredAt: now,
      payload: { caseId, partyIds: consents.map((consent) => consent.partyId) },
    }),
  });
}
