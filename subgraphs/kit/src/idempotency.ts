import { createHash } from "node:crypto";
import { ErrorCode, HubError, invalidInput } from "./errors";

/**
 * Idempotent creation: a caller (a partner system retrying, a clerk double-clicking) sends the
 * same key with the same payload and gets the original result, never a second record. The key
 * is claimed in the creating transaction itself; a concurrent claim of the same key waits on the
 * unique index until the first commits, so exactly one creation wins however the calls interleave.
 */
export interface IdempotencyClaim {
  /** The operation and the caller it belongs to, e.g. `receiveDispute:<organisation>`. */
  scope: string;
  key: string;
  requestHash: string;
  /** The id the new record will have, recorded with the key. */
  resultId: string;
}

export type ClaimOutcome = { fresh: true } | { fresh: false; resultId: string };

interface RawQueryable {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

const KEY = /^[A-Za-z0-9._:-]{8,128}$/;

export function checkIdempotencyKey(key: string, field: string): void {
  if (!KEY.test(key)) {
    throw invalidInput(field, "8-128 letters, digits or . _ : -", {
      zh: "幂等键须为8至128位字母、数字或 . _ : -",
      en: "An idempotency key is 8 to 128 letters, digits or . _ : -",
    });
  }
}

/** A stable digest of a request's payload: object keys sorted, dates as ISO strings. */
export function requestHash(payload: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (value instanceof Date) return value.toISOString();
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .filter(([, entry]) => entry !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([name, entry]) => [name, canonical(entry)]),
      );
    }
    return value;
  };
  return createHash("sha256")
    .update(JSON.stringify(canonical(payload)))
    .digest("hex");
}

/**
 * Claims `key` inside the caller's transaction. Fresh: go on and create. Not fresh: the key was
 * used before with the same payload, and `resultId` is what it created. The same key with a
 * different payload is a CONFLICT naming `field`.
 */
export async function claimIdempotencyKey(tx: RawQueryable, claim: IdempotencyClaim, field: string): Promise<ClaimOutcome> {
  const inserted = await tx.$queryRawUnsafe<{ result_id: string }[]>(
    `INSERT INTO idempotency_record (scope, key, request_hash, result_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (scope, key) DO NOTHING RETURNING result_id`,
    claim.scope,
    claim.key,
    claim.requestHash,
    claim.resultId,
  );
  if (inserted.length > 0) return { fresh: true };
  const [existing] = await tx.$queryRawUnsafe<{ request_hash: string; result_id: string }[]>(
    `SELECT request_hash, result_id FROM idempotency_record WHERE scope = $1 AND key = $2`,
    claim.scope,
    claim.key,
  );
  if (!existing) throw new Error(`idempotency record ${claim.scope}/${claim.key} vanished`);
  if (existing.request_hash !== claim.requestHash) throw idempotencyConflict(field);
  return { fresh: false, resultId: existing.result_id };
}

/**
 * The same key sent with a different payload. It does not name what the key created: the
 * caller's own retry (same payload) gets that, and anyone else learns nothing from the refusal.
 */
export function idempotencyConflict(field: string): HubError {
  return new HubError(
    ErrorCode.CONFLICT,
    {
      zh: "该幂等键已用于内容不同的另一次提交；重试请使用原内容，新的提交请使用新的幂等键",
      en: "This idempotency key was used for a different submission; retry with the same content, or use a new key",
    },
    { field, rule: "idempotency key: same key, same payload" },
  );
}

/**
 * The claim for a creation `operation` by `actor`, or null when the caller sent no key. Keys are
 * scoped to the caller's organisation (or, without one, the caller), and the payload's digest
 * leaves the key itself out. A malformed key is BAD_USER_INPUT naming `field`.
 */
export function idempotencyClaim(
  operation: string,
  actor: { organisationId: string | null; userId: string },
  input: { idempotencyKey?: string | null },
  resultId: string,
  field = "input.idempotencyKey",
): IdempotencyClaim | null {
  const key = input.idempotencyKey;
  if (key == null) return null;
  checkIdempotencyKey(key, field);
  return {
    scope: `${operation}:${actor.organisationId ?? actor.userId}`,
    key,
    requestHash: requestHash({ ...input, idempotencyKey: undefined }),
    resultId,
  };
}

interface InteractiveTransactions<TX> {
  $transaction<R>(fn: (tx: TX) => Promise<R>): Promise<R>;
}

/** Raised inside the transaction to roll it back when the key was already used: the first result stands. */
class Replay extends Error {
  constructor(readonly resultId: string) {
    super("idempotent replay");
  }
}

/**
 * Runs `create` in a transaction that first claims the key (when there is one). A replay rolls
 * the transaction back and answers with `original(resultId)`, the record the key first created.
 */
export async function createOnce<TX extends RawQueryable, T>(
  db: InteractiveTransactions<TX>,
  claim: IdempotencyClaim | null,
  field: string,
  create: (tx: TX) => Promise<T>,
  original: (resultId: string) => Promise<T>,
): Promise<T> {
  try {
    return await db.$transaction(async (tx) => {
      if (claim) {
        const outcome = await claimIdempotencyKey(tx, claim, field);
        if (!outcome.fresh) throw new Replay(outcome.resultId);
      }
      return create(tx);
    });
  } catch (error) {
    if (error instanceof Replay) return original(error.resultId);
    throw error;
  }
}
