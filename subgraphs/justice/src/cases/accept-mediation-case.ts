import { randomUUID } from "node:crypto";
import {
  checkUuid,
  dueAt as periodEnd,
  ErrorCode,
  eventRow,
  HubError,
  idempotencyClaim,
  invalidInput,
  requireRole,
  runIdempotently,
} from "@hub/subgraph-kit";
import type { MediationCase as MediationCaseRow, Prisma } from "../../generated/client";
import { requireCommitteeMember } from "../access";
import type { JusticeContext } from "../context";
import { chinaDate } from "../dates";
import type { JusticeDb } from "../db";
import { isUniqueViolation } from "@hub/subgraph-kit";
import type { AcceptMediationCaseInput } from "./accept-mediation-case.input";
import { PARTY_REFUSAL_RULE } from "./case-step";
import { CLOSED_WITHOUT_AGREEMENT, MediationCaseStatus, MediationTerminationReason } from "./enums";

export const ONE_OPEN_CASE_RULE = "one open mediation case per dispute";
/** The centre moves a case forward; the department it routes the case to resolves it (综治中心程序性推进、办理部门实质性解决). */
export const ROUTED_CASES_RULE = "routed by the centre (综治中心分流)";

const ACCEPTABLE_ROUTING = new Set(["PENDING", "ACCEPTED"]);

async function oneOpenCaseConflict(db: JusticeDb, disputeId: string): Promise<HubError> {
  const open = await db.mediationCase.findFirst({
    where: { disputeId, status: { notIn: [...CLOSED_WITHOUT_AGREEMENT] } },
    select: { id: true, status: true },
  });
  return new HubError(
    ErrorCode.CONFLICT,
    {
      zh: "该纠纷已有未结的调解案件；只有在前一案件调解不成或终止后，才能再次受理",
      en: "This dispute already has an open mediation case; a new one can be accepted only after that case has failed or been terminated",
    },
    { field: "input.disputeId", rule: ONE_OPEN_CASE_RULE, openCaseId: open?.id ?? null, openCaseStatus: open?.status ?? null },
  );
}

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
  const invitingCourtId = input.invitingCourtId ?? null;
  if (invitingCourtId !== null) checkUuid(invitingCourtId, "input.invitingCourtId");
  const committee = await context.loaders.committeeById.load(input.committeeId);
  if (!committee) {
    throw invalidInput("input.committeeId", "registered mediation committee", {
      zh: `人民调解委员会“${input.committeeId}”未登记`,
      en: `Mediation committee "${input.committeeId}" is not registered`,
    });
  }
  requireCommitteeMember(context, committee, "acceptMediationCase");
  // Checked here first so that a refused accept does not touch the centre's routing.
  if (await db.mediationCase.count({ where: { disputeId: input.disputeId, status: { notIn: [...CLOSED_WITHOUT_AGREEMENT] } } })) {
    throw await oneOpenCaseConflict(db, input.disputeId);
  }

  const dispute = await context.graph.disputeForAcceptance(input.disputeId, invitingCourtId);
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
  const refused = await db.mediationCase.findFirst({
    where: { disputeId: input.disputeId, routingId: routing.id, terminationReason: MediationTerminationReason.PARTY_REFUSED },
    select: { id: true, terminatedByPartyId: true },
  });
  if (refused) {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      {
        zh: "当事人一方已明确拒绝调解，不得调解（人民调解法第十七条）；当事人重新申请的，由综治中心重新分流",
        en: "A party has expressly refused mediation, so it may not be mediated (人民调解法 art 17); a new application is routed anew by the centre",
      },
      { field: "input.disputeId", rule: PARTY_REFUSAL_RULE, refusedCaseId: refused.id, refusedByPartyId: refused.terminatedByPartyId },
    );
  }

  await context.graph.acceptRouting(routing.id);
  // Taken after the centre's acceptance, so the case file shows the routing accepted before the case.
  const now = context.now;

  const limit = invitingCourtId ? context.deadlines.courtDelegatedMediation : context.deadlines.mediation;
  const dueAt = periodEnd(now, limit);
  try {
    return await db.$transaction(async (tx) => {
      await claimIn(tx);
      const created = await tx.mediationCase.create({
        data: {
          id,
          disputeId: input.disputeId,
          disputePlaceCode: dispute.placeCode,
          committeeId: committee.id,
          routingId: routing.id,
          invitingCourtId,
          status: MediationCaseStatus.ACCEPTED,
          acceptedAt: now,
          acceptedById: context.actor.userId,
          acceptedByName: context.actor.name,
          dueAt,
          timeLimitBasis: limit.basis,
        },
      });
      await tx.eventLog.create({
        data: eventRow(context.actor, {
          type: "mediation.accepted",
          disputeId: input.disputeId,
          subjectType: "MediationCase",
          subjectId: id,
          summary: `${committee.name}受理调解${invitingCourtId ? "（法院委派）" : ""}，应于${chinaDate(dueAt)}前调结`,
          occurredAt: now,
          payload: {
            caseId: id,
            status: MediationCaseStatus.ACCEPTED,
            committeeId: committee.id,
            routingId: routing.id,
            invitingCourtId,
            dueAt,
            timeLimitBasis: limit.basis,
          },
        }),
      });
      return created;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw await oneOpenCaseConflict(db, input.disputeId);
  }
}
