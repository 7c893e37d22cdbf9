import pg from "pg";
import type { DepartmentName } from "./migrations";

export interface Fingerprinter {
  /** A digest of every row of every table of each department's database (migrations' own table aside). */
  take(): Promise<Record<string, string>>;
  close(): Promise<void>;
}

/**
 * Proves a refused request wrote nothing: two fingerprints differ if any row of any table,
 * the event log included, was inserted, changed or deleted in between.
 */
export function databaseFingerprint(urls: Partial<Record<DepartmentName, string>>): Fingerprinter {
  const pools = Object.entries(urls).map(([name, url]) => [name, new pg.Pool({ connectionString: url, max: 1 })] as const);
  const statements = new Map<string, Promise<string>>();
  const statementFor = (name: string, pool: pg.Pool) => {
    const known = statements.get(name);
    if (known) return known;
    const built = pool
      .query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name`,
      )
      .then(({ rows }) =>
        rows
          .map(
            ({ table_name: table }) =>
              `SELECT '${table}' AS t, count(*) AS n, md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) AS h FROM "${table}" r`,
          )
          .join(" UNION ALL "),
      );
    statements.set(name, built);
    return built;
  };
  return {
    async take() {
      const digests = await Promise.all(
        pools.map(async ([name, pool]) => {
          const { rows } = await pool.query<{ t: string; n: string; h: string }>(await statementFor(name, pool));
          return [
            name,
            rows
              .map((row) => `${row.t}:${row.n}:${row.h}`)
              .sort()
              .join(","),
          ] as const;
        }),
      );
      return Object.fromEntries(digests);
    },
    async close() {
      await Promise.all(pools.map(([, pool]) => pool.end()));
    },
  };
}
