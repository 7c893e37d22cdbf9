import { ErrorCode, eventRow, HubError } from "@hub/subgraph-kit";
import type { ConfirmationApplication as ApplicationRow, Court as CourtRow, Prisma } from "../../generated/client";
import type { ConfirmationStatus } from "../applications/confirmation-status";
import type { CourtContext } from "../context";
import { requireCourtRole, requireOfficerOf } from "../courts/court-officer";
import type { Role } from "@hub/subgraph-kit";
import { loadApplication } from "../applications/transition";

/**
 * The application a procedural step records on, after checking that the caller is an officer
 * (of `roles`) of the court it is before and that it stands in one of `statuses`.
 */
export async function applicationForStep(
  context: CourtContext,
  applicationId: string,
  step: { action: string; rule: string; roles: readonly Role[]; statuses: readonly ConfirmationStatus[] },
): Promise<{ application: ApplicationRow; court: CourtRow }> {
  requireCourtRole(context, step.roles, step.action, step.rule);
  const found = await loadApplication(context, applicationId);
  requireOfficerOf(context, found.court, step.action, step.rule);
  if (step.statuses.includes(found.application.status)) return found;
  throw new HubError(
    ErrorCode.ILLEGAL_TRANSITION,
    {
      zh: `申请处于“${found.application.status}”状态，不能“${step.action}”`,
      en: `The application is ${found.application.status}; "${step.action}" needs ${step.statuses.join(" or ")}`,
    },
    { field: "input.applicationId", rule: step.rule, currentState: found.application.status, allowedStates: [...step.statuses] },
  );
}

/** The case-file entry of a step on `application`, written in the step's transaction. */
export function applicationEvent(
  tx: Prisma.TransactionClient,
  context: CourtContext,
  application: ApplicationRow,
  event: { type: string; summary: string; payload: object },
  now: Date,
) {
  return tx.eventLog.create({
    data: eventRow(context.actor, {
      type: event.type,
      disputeId: application.disputeId,
      subjectType: "ConfirmationApplication",
      subjectId: application.id,
      summary: event.summary,
      occurredAt: now,
      payload: {
        applicationId: application.id,
        disputeId: application.disputeId,
        courtId: application.courtId,
        status: application.status,
        ...event.payload,
      },
    }),
  });
}

/** A party of the application: one of its applicants (the centre's Party ids). */
export function requireApplicant(application: ApplicationRow, partyId: string, field: string, rule: string): string {
  const match = application.applicantPartyIds.find((id) => id.toLowerCase() === partyId.toLowerCase());
  if (match) return match;
  throw new HubError(
    ErrorCode.BAD_USER_INPUT,
    { zh: `当事人“${partyId}”不是本申请的申请人`, en: `Party "${partyId}" is not one of this application's applicants` },
    { field, rule },
  );
}

/** A time the caller states for something that already happened: not in the future. */
export function pastOrNow(at: Date | null | undefined, now: Date, field: string): Date {
  const value = at ?? now;
  if (value.getTime() <= now.getTime()) return value;
  throw new HubError(
    ErrorCode.BAD_USER_INPUT,
    { zh: "时间不能晚于当前时间", en: "The time cannot be in the future" },
    { field, rule: "not in the future" },
  );
}
