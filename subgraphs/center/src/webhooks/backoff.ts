/**
 * Exponential backoff with jitter: the n-th retry waits between half and all of
 * base × 2^(n-1), capped at `maxMs`, so many failing deliveries do not retry in step.
 */
export function backoffMs(attempts: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
