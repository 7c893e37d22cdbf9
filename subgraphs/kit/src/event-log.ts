import { randomUUID } from "node:crypto";
import type { Actor, Department } from "./actor";
import type { CaseEvent } from "./case-event.type";

/** The columns of every department's append-only `event_log` table. */
export interface EventLogRow {
  id: string;
  type: string;
  disputeId: string | null;
  subjectType: string;
  subjectId: string;
  occurredAt: Date;
  actorId: string;
  actorName: string;
  summary: string;
  payload: object;
}

export interface EventInput {
  type: string;
  disputeId: string | null;
  subjectType: string;
  subjectId: string;
  summary: string;
  payload?: object;
  occurredAt?: Date;
}

/** A row for the department's event log, to be written in the same transaction as the change it records. */
export function eventRow(actor: Actor, event: EventInput): EventLogRow {
  return {
    id: randomUUID(),
    type: event.type,
    disputeId: event.disputeId,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    occurredAt: event.occurredAt ?? new Date(),
    actorId: actor.userId,
    actorName: actor.name,
    summary: event.summary,
    payload: event.payload ?? {},
  };
}

/** An event log row as a case-file entry of `department`. */
export function toCaseEvent(
  department: Department,
  row: Omit<EventLogRow, "payload" | "type" | "disputeId"> & { type: string },
): CaseEvent {
  return {
    id: row.id,
    at: row.occurredAt,
    department,
    type: row.type,
    summary: row.summary,
    actor: { id: row.actorId, name: row.actorName },
    subjectType: row.subjectType,
    subjectId: row.subjectId,
  };
}
