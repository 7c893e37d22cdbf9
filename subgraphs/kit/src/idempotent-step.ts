import { claimIdempotencyKey, idempotencyConflict, type IdempotencyClaim } from "./idempotency";

interface RawQueryable {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

/** Thrown by `claimIn` inside the creating transaction to roll it back: the key's first result stands. */
class KeyAlreadyUsed extends Error {
  constructor(readonly resultId: string) {
    super("idempotent replay");
  }
}

/**
 * Idempotency for a creation that checks state before its transaction (the dispute's status,
 * another department's data) and may have effects a natural uniqueness rule would refuse on a
 * retry. `run` calls `claimIn(tx)` first thing in its creating transaction. The key is looked up
 * before `run` (a retry answers at once with `original`), claimed inside the transaction (of
 * concurrent identical submissions exactly one creates; the others wait on the key's unique
 * index and answer with its result), and looked up again when `run` fails: a submission that
 * lost the race and was then refused by a check the first one made true ("already open",
 * "already routed") answers with the original too. The same key with another payload is a
 * CONFLICT naming `field`.
 */
export async function runIdempotently<T>(
  db: RawQueryable,
  claim: IdempotencyClaim | null,
  field: string,
  run: (claimIn: (tx: RawQueryable) => Promise<void>) => Promise<T>,
  original: (resultId: string) => Promise<T>,
): Promise<T> {
  if (!claim) return run(async () => undefined);
  const before = await usedKey(db, claim, field);
  if (before) return original(before);
  try {
    return await run(async (tx) => {
      const outcome = await claimIdempotencyKey(tx, claim, field);
      if (!outcome.fresh) throw new KeyAlreadyUsed(outcome.resultId);
    });
  } catch (error) {
    if (error instanceof KeyAlreadyUsed) return original(error.resultId);
    const after = await usedKey(db, claim, field);
    if (after) return original(after);
    throw error;
  }
}

/** The result recorded under the claim's key, null when the key is unused; CONFLICT when it was used for another payload. */
async function usedKey(db: RawQueryable, claim: IdempotencyClaim, field: string): Promise<string | null> {
  const [row] = await db.$queryRawUnsafe<{ request_hash: string; result_id: string }[]>(
    `SELECT request_hash, result_id FROM idempotency_record WHERE scope = $1 AND key = $2`,
    claim.scope,
    claim.key,
  );
  if (!row) return null;
  if (row.request_hash !== claim.requestHash) throw idempotencyConflict(field);
  return row.result_id;
}
