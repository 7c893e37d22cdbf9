import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

export interface DatabaseOptions {
  url: string;
  poolSize: number;
  /** Called once per SQL statement sent; tests count statements with it. */
  onQuery?: (sql: string) => void;
}

/**
 * A pg pool whose clients report every statement, plus the Prisma driver adapter on it.
 * Counting at the driver sees the SQL Prisma really sends, not the calls we think it makes.
 */
export function createDatabase(options: DatabaseOptions): { pool: pg.Pool; adapter: PrismaPg } {
  const onQuery = options.onQuery;
  class ObservedClient extends pg.Client {
    override query(...args: unknown[]): never {
      const first = args[0];
      const sql = typeof first === "string" ? first : (first as { text?: string } | undefined)?.text;
      if (onQuery && sql) onQuery(sql);
      return (super.query as (...rest: unknown[]) => never)(...args);
    }
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize,
    Client: onQuery ? ObservedClient : pg.Client,
    application_name: "dispute-hub",
  });
  return { pool, adapter: new PrismaPg(pool) };
}

/**
 * Limits for interactive transactions. Prisma's defaults (2 s to get a connection, 5 s to
 * finish) abort a receipt that merely queued behind a row lock on a busy host; these stay short
 * enough to free a stuck connection, long enough that a slow machine does not lose the work.
 */
export const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

/** A department's Prisma client on its own pool (returned for its gauges); `close` ends both. */
export function openPrisma<C extends { $disconnect(): Promise<void> }>(
  Client: new (options: { adapter: PrismaPg; transactionOptions: typeof TRANSACTION_OPTIONS }) => C,
  options: DatabaseOptions,
): { db: C; close: () => Promise<void>; pool: pg.Pool } {
  const { pool, adapter } = createDatabase(options);
  const db = new Client({ adapter, transactionOptions: TRANSACTION_OPTIONS });
  return {
    db,
    pool,
    close: async () => {
      await db.$disconnect();
      await pool.end();
    },
  };
}
