import DataLoader from "dataloader";

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

/** A loader fetching rows by primary key with one query per tick. */
export function loaderById<R extends { id: string }>(fetch: (ids: string[]) => Promise<R[]>): DataLoader<string, R | null> {
  return new DataLoader(async (ids) => oneByKey(ids, await fetch([...ids]), (row) => row.id), { maxBatchSize: 1000 });
}

/** A loader fetching child rows by a foreign key with one query per tick. */
export function loaderByParent<R>(fetch: (parentIds: string[]) => Promise<R[]>, parentOf: (row: R) => string): DataLoader<string, R[]> {
  return new DataLoader(async (ids) => manyByKey(ids, await fetch([...ids]), parentOf), { maxBatchSize: 1000 });
}
