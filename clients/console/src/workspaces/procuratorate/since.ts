const DAY_MS = 86_400_000;

/** The window the leads and the screening look back over: the last year, to the start of its first day. */
export function lastYear(now = Date.now()): string {
  const start = new Date(now - 365 * DAY_MS);
  start.setHours(0, 0, 0, 0);
  return start.toISOString();
}
