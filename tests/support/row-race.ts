import pg from "pg";

const WAIT_LIMIT_MS = 20_000;
const POLL_MS = 10;
/** The backends queued behind the holder, directly or behind another waiter (a row's second waiter waits on its first). */
const WAITING_BEHIND = `
  WITH RECURSIVE behind(pid) AS (
    SELECT pid FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))
    UNION
    SELECT activity.pid FROM pg_stat_activity activity JOIN behind ON behind.pid = ANY(pg_blocking_pids(activity.pid))
  )
  SELECT count(*)::int AS waiting FROM behind`;

export interface RacedRow {
  /** The table as PostgreSQL names it, e.g. `supervision_case`. */
  table: string;
  id: string;
}

/**
 * Runs `steps` at once on one record, interleaved the same way every time: a transaction of the
 * test's own holds the record's row lock, so each step reads the record as it stands and then
 * queues at its conditional update; the lock is let go only once every step waits on it (or has
 * already answered). The steps then meet the record exactly as two clerks clicking together
 * would at worst: both decided from the same state, one update first.
 */
export async function raceOnRow<T>(databaseUrl: string, row: RacedRow, steps: readonly (() => Promise<T>)[]): Promise<T[]> {
  if (!/^[a-z_][a-z0-9_]*$/.test(row.table)) throw new Error(`not a table name: ${row.table}`);
  const holder = new pg.Client({ connectionString: databaseUrl, application_name: "row-race" });
  await holder.connect();
  try {
    await holder.query("BEGIN");
    const locked = await holder.query(`SELECT 1 FROM "${row.table}" WHERE id = $1 FOR UPDATE`, [row.id]);
    if (locked.rowCount !== 1) throw new Error(`no ${row.table} ${row.id} to race on`);
    const { rows } = await holder.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    const holderPid = rows[0]?.pid;
    let settled = 0;
    const running = steps.map((step) =>
      step().finally(() => {
        settled++;
      }),
    );
    const started = Date.now();
    for (;;) {
      // Inside a transaction the activity view is a snapshot kept until it ends: take a fresh one each time.
      await holder.query("SELECT pg_stat_clear_snapshot()");
      const waiting = await holder.query<{ waiting: number }>(WAITING_BEHIND, [holderPid]);
      if ((waiting.rows[0]?.waiting ?? 0) + settled >= steps.length) break;
      if (Date.now() - started > WAIT_LIMIT_MS) throw new Error(`the steps did not all reach ${row.table} ${row.id}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    await holder.query("COMMIT");
    return await Promise.all(running);
  } finally {
    await holder.end();
  }
}
