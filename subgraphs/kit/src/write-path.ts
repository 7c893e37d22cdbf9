import { ErrorCode, HubError, type Bilingual } from "./errors";
import type { EventLogRow } from "./event-log";
import type { IdempotencyClaim } from "./idempotency";
import { runIdempotently } from "./idempotent-step";
import type { StateMachine } from "./state-machine";

/** What a write step needs of a transaction: raw statements (the claim, the event log). */
export interface WriteTx {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

/** A department's Prisma client, or anything that runs an interactive transaction. */
export interface TransactionalDb<TX extends WriteTx> extends WriteTx {
  $transaction<R>(fn: (tx: TX) => Promise<R>, options?: { maxWait?: number; timeout?: number }): Promise<R>;
}

/** What the step writes once its conditional update has won: its result and the events it logs. */
export interface StepWrite<T> {
  result: T;
  events: EventLogRow | EventLogRow[];
}

export interface TransitionStep<S extends string, E extends string, TX extends WriteTx, T> {
  machine: StateMachine<S, E>;
  event: E;
  /** The state the step was decided from. */
  from: S;
  /** What moves, for the CONFLICT message, e.g. { zh: "监督案件", en: "supervision case" }. */
  entity: Bilingual;
  /** The input field naming the record (e.g. `input.caseId`), named by a CONFLICT. */
  field: string;
  /** A refusal that comes before the machine (e.g. a rule on how the record got to its state); throws. */
  guard?: (state: S) => void;
  /**
   * The conditional update: `UPDATE … SET state = next, … WHERE id = … AND state = expected`
   * (Prisma: `updateMany` with the expected state in `where`), answering the rows it changed.
   */
  update: (tx: TX, expected: S, next: S) => Promise<{ count: number }>;
  /**
   * Runs in the same transaction only once the update won: further writes, the result and the
   * events to log. A further conditional update that matches nothing throws `new LostRace()`.
   */
  write: (tx: TX, next: S) => Promise<StepWrite<T>>;
  /** The record's state now, read after a lost race (null when it is gone). */
  current: () => Promise<S | null>;
  /**
   * A step that takes a key runs inside `runIdempotently` (so a retry answers before any check)
   * and passes its `claimIn` here: the key is claimed first in the transaction, before the update.
   */
  claimIn?: (tx: TX) => Promise<void>;
  transactionOptions?: { maxWait?: number; timeout?: number };
}

/** Thrown inside the transaction when a conditional update matched nothing, to roll it back. */
export class LostRace extends Error {
  constructor() {
    super("lost race");
    this.name = "LostRace";
  }
}

/**
 * Moves a record one step through its state machine. The machine refuses an illegal step before
 * anything is written; the update is conditional on the state the step was decided from, and
 * the step's other writes and its events go in the same transaction only when that update won.
 * Of two steps racing on one record, the loser writes nothing and logs nothing: it is refused
 * by the machine when the winner's state no longer allows it (ILLEGAL_TRANSITION), and is a
 * CONFLICT naming the record's field otherwise, since what it decided from has changed. A step
 * with a key claims it first in the transaction (`claimIn`), so its twins wait for it and answer
 * with its result.
 */
export async function transition<S extends string, E extends string, TX extends WriteTx, T>(
  db: TransactionalDb<TX>,
  step: TransitionStep<S, E, TX, T>,
): Promise<T> {
  const decide = (state: S): S => {
    step.guard?.(state);
    return step.machine.next(state, step.event);
  };
  const next = decide(step.from);
  try {
    return await db.$transaction(async (tx) => {
      await step.claimIn?.(tx);
      const { count } = await step.update(tx, step.from, next);
      if (count === 0) throw new LostRace();
      const written = await step.write(tx, next);
      await appendEvents(tx, written.events);
      return written.result;
    }, step.transactionOptions);
  } catch (error) {
    if (!(error instanceof LostRace)) throw error;
    const current = await step.current();
    if (current !== null) decide(current);
    throw lostRaceConflict(step.entity, step.field, current);
  }
}

/** The record changed since the step read it, yet the step would still be allowed: the clerk reloads and decides again. */
export function lostRaceConflict(entity: Bilingual, field: string, currentState: string | null): HubError {
  return new HubError(
    ErrorCode.CONFLICT,
    {
      zh: `${entity.zh}刚被他人修改，请刷新后重试`,
      en: `The ${entity.en} was just changed by someone else; refresh and try again`,
    },
    { field, rule: "a step applies to the state it was decided from", ...(currentState === null ? {} : { currentState }) },
  );
}

export interface CreationStep<TX extends WriteTx, P, T> {
  /** The caller's key, or null without one (see `idempotencyClaim`). */
  claim: IdempotencyClaim | null;
  /** The input field that carries the key. */
  field?: string;
  /**
   * Checks made before the transaction (the record's state, another department's data); a
   * retry under a used key answers before them. Their result goes to `create`.
   */
  prepare?: () => Promise<P>;
  /** Creates in the transaction that claimed the key: the result and the events to log. */
  create: (tx: TX, prepared: P) => Promise<StepWrite<T>>;
  /** The result a used key first produced. */
  original: (resultId: string) => Promise<T>;
  transactionOptions?: { maxWait?: number; timeout?: number };
}

/**
 * A creation step: the key (when sent) is claimed first thing in the creating transaction, so of
 * concurrent identical submissions exactly one creates and the others answer with its result;
 * a retry answers at once; a submission refused after losing the race to its own twin (by a
 * uniqueness rule or a state the twin made) answers with the twin's result too. The same key
 * with another payload is a CONFLICT naming `field`. The events go in the same transaction.
 */
export function idempotentCreate<TX extends WriteTx, P, T>(db: TransactionalDb<TX>, step: CreationStep<TX, P, T>): Promise<T> {
  return runIdempotently(
    db,
    step.claim,
    step.field ?? "input.idempotencyKey",
    async (claimIn) => {
      const prepared = step.prepare ? await step.prepare() : (undefined as P);
      return db.$transaction(async (tx) => {
        await claimIn(tx);
        const written = await step.create(tx, prepared);
        await appendEvents(tx, written.events);
        return written.result;
      }, step.transactionOptions);
    },
    step.original,
  );
}

const EVENT_COLUMNS = `id, type, dispute_id, subject_type, subject_id, occurred_at, actor_id, actor_name, summary, payload`;

/** Appends rows to the department's `event_log` (the same columns in every department) in the caller's transaction. */
export async function appendEvents(tx: WriteTx, events: EventLogRow | EventLogRow[]): Promise<void> {
  for (const row of Array.isArray(events) ? events : [events]) {
    await tx.$executeRawUnsafe(
      `INSERT INTO event_log (${EVENT_COLUMNS}) VALUES ($1::uuid, $2, $3::uuid, $4, $5, $6::timestamptz, $7, $8, $9, $10::jsonb)`,
      row.id,
      row.type,
      row.disputeId,
      row.subjectType,
      row.subjectId,
      row.occurredAt,
      row.actorId,
      row.actorName,
      row.summary,
      JSON.stringify(row.payload),
    );
  }
}
