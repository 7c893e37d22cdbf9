import DataLoader from "dataloader";
import { isUuid } from "./ids";

/** Orders rows to match `keys`: one row or null per key, as DataLoader requires. */
export function oneByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): (R | null)[] {
  const byKey = new Map<K, R>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Groups rows to match `keys`: a (possibly empty) list per key. */
export function manyByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const byKey = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}

/**
 * A loader fetching rows by UUID primary key with one query per tick. A key that is not a
 * UUID (say, a malformed `_entities` representation) resolves to null without reaching SQL,
 * where it would fail the whole batch.
 */
export function loaderById<R extends { id: string }>(fetch: (ids: string[]) => Promise<R[]>): DataLoader<string, R | null> {
  return new DataLoader(
    async (ids) => {
      const valid = ids.filter(isUuid);
      return oneByKey(ids, valid.length ? await fetch(valid) : [], (row) => row.id);
    },
    { maxBatchSize: 1000 },
  );
}

/** A loader fetching child rows by a foreign key with one query per tick; `accepts` screens keys out before SQL. */
export function loaderByParent<R>(
  fetch: (parentIds: string[]) => Promise<R[]>,
  parentOf: (row: R) => string,
  accepts: (key: string) => boolean = isUuid,
): DataLoader<string, R[]> {
  return new DataLoader(
    async (ids) => {
      const valid = ids.filter(accepts);
      return manyByKey(ids, valid.length ? await fetch(valid) : [], parentOf);
    },
    { maxBatchSize: 1000 },
  );
}
