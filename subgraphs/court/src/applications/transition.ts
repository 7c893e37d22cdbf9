import { checkUuid, ErrorCode, eventRow, HubError, notFound } from "@hub/subgraph-kit";
import type { ConfirmationApplication as ApplicationRow, Court as CourtRow, Prisma } from "../../generated/client";
import type { CourtContext } from "../context";
import { LOCKING_TRANSACTION } from "../db";
import { confirmationMachine, type ConfirmationEvent } from "./confirmation-machine";

/** Thrown inside the transaction when another request changed the status first. */
class ConcurrentChange extends Error {}

/** The application and its court, or NOT_FOUND naming the field. */
export async function loadApplication(
  context: CourtContext,
  applicationId: string,
): Promise<{ application: ApplicationRow; court: CourtRow }> {
  checkUuid(applicationId, "input.applicationId");
  const application = await context.db.confirmationApplication.findUnique({ where: { id: applicationId } });
  if (!application) throw notFound("ConfirmationApplication", applicationId);
  const court = await context.loaders.courtById.load(application.courtId);
  if (!court) throw notFound("Court", application.courtId);
  return { application, court };
}

export interface TransitionChange {
  /** Columns written with the new status. */
  data: Prisma.ConfirmationApplicationUpdateManyMutationInput;
  /** Runs in the same transaction once the status has changed; returns more columns to write (e.g. a case number). */
  then?: (tx: Prisma.TransactionClient) => Promise<Prisma.ConfirmationApplicationUpdateInput>;
  /** The case-file entry for the change. */
  event: (updated: ApplicationRow) => { type: string; summary: string; payload?: object };
}

/**
 * Moves `application` by `event` through the state machine and writes the change and its event in
 * one transaction. The update is conditional on the status read, so of two racing requests one
 * wins; the other re-reads and is refused by the machine naming the steps now allowed.
 */
export async function transition(
  context: CourtContext,
  application: ApplicationRow,
  event: ConfirmationEvent,
  change: TransitionChange,
  now: Date,
): Promise<ApplicationRow> {
  const to = confirmationMachine.next(application.status, event);
  try {
    const updated = await context.db.$transaction(async (tx) => {
      const { count } = await tx.confirmationApplication.updateMany({
        where: { id: application.id, status: application.status },
        data: { ...change.data, status: to },
      });
      if (count === 0) throw new ConcurrentChange();
      const more = change.then ? await change.then(tx) : null;
      const row = more
        ? await tx.confirmationApplication.update({ where: { id: application.id }, data: more })
        : await tx.confirmationApplication.findUniqueOrThrow({ where: { id: application.id } });
      const described = change.event(row);
      await tx.eventLog.create({
        data: eventRow(context.actor, {
          ...described,
          payload: { applicationId: row.id, disputeId: row.disputeId, courtId: row.courtId, status: to, ...described.payload },
          disputeId: row.disputeId,
          subjectType: "ConfirmationApplication",
          subjectId: row.id,
          occurredAt: now,
        }),
      });
      return row;
    }, LOCKING_TRANSACTION);
    context.loaders.applicationById.clear(updated.id).prime(updated.id, updated);
    return updated;
  } catch (error) {
    if (!(error instanceof ConcurrentChange)) throw error;
    const current = await context.db.confirmationApplication.findUniqueOrThrow({ where: { id: application.id } });
    confirmationMachine.next(current.status, event);
    throw new HubError(
      ErrorCode.CONFLICT,
      { zh: "该申请刚被他人修改，请刷新后重试", en: "The application was changed by someone else just now; reload and try again" },
      { field: "input.applicationId", currentState: current.status },
    );
  }
}
