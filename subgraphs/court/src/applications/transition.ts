import { checkUuid, eventRow, notFound, transition as moveRecord } from "@hub/subgraph-kit";
import type { ConfirmationApplication as ApplicationRow, Court as CourtRow, Prisma } from "../../generated/client";
import type { CourtContext } from "../context";
import { LOCKING_TRANSACTION } from "../db";
import { confirmationMachine, type ConfirmationEvent } from "./confirmation-machine";
import type { ConfirmationStatus } from "./confirmation-status";

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

const APPLICATION = { zh: "该申请", en: "application" };

/**
 * Moves `application` by `event` through the state machine with the kit's write path: the change
 * and its event in one transaction, the update conditional on the status read. Of two racing
 * requests one wins; the other writes nothing and is refused by the machine naming the steps now
 * allowed, or is a CONFLICT when the step is still allowed from the status the winner left.
 */
export async function transition(
  context: CourtContext,
  application: ApplicationRow,
  event: ConfirmationEvent,
  change: TransitionChange,
  now: Date,
): Promise<ApplicationRow> {
  const { db } = context;
  const updated = await moveRecord(db, {
    machine: confirmationMachine,
    event,
    from: application.status,
    entity: APPLICATION,
    field: "input.applicationId",
    transactionOptions: LOCKING_TRANSACTION,
    update: (tx, expected, to: ConfirmationStatus) =>
      tx.confirmationApplication.updateMany({ where: { id: application.id, status: expected }, data: { ...change.data, status: to } }),
    write: async (tx, to) => {
      const more = change.then ? await change.then(tx) : null;
      const row = more
        ? await tx.confirmationApplication.update({ where: { id: application.id }, data: more })
        : await tx.confirmationApplication.findUniqueOrThrow({ where: { id: application.id } });
      const described = change.event(row);
      return {
        result: row,
        events: eventRow(context.actor, {
          ...described,
          payload: { applicationId: row.id, disputeId: row.disputeId, courtId: row.courtId, status: to, ...described.payload },
          disputeId: row.disputeId,
          subjectType: "ConfirmationApplication",
          subjectId: row.id,
          occurredAt: now,
        }),
      };
    },
    current: async () => (await db.confirmationApplication.findUnique({ where: { id: application.id } }))?.status ?? null,
  });
  context.loaders.applicationById.clear(updated.id).prime(updated.id, updated);
  return updated;
}
