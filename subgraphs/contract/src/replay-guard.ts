/**
 * Remembers the credentials a process has accepted until they expire, so that one captured
 * credential is accepted once. It is per process: behind several replicas, the short lifetime
 * is what bounds a replay to another one.
 */
export class ReplayGuard {
  private readonly seen = new Map<string, number>();
  private prunedAt = 0;

  constructor(private readonly nowSeconds: () => number = () => Math.floor(Date.now() / 1000)) {}

  /** True the first time `tokenId` is presented, false on every replay before it expires. */
  firstUse(tokenId: string, expiresAt: number): boolean {
    const now = this.nowSeconds();
    if (now > this.prunedAt) {
      for (const [id, expiry] of this.seen) if (expiry < now) this.seen.delete(id);
      this.prunedAt = now;
    }
    if (this.seen.has(tokenId)) return false;
    this.seen.set(tokenId, expiresAt + 10);
    return true;
  }
}
