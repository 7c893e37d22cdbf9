/** A budget: `burst` requests at once, refilled at `perMinute`. */
export interface Budget {
  burst: number;
  perMinute: number;
}

export type Take = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Buckets kept before full ones (callers who have been quiet) are dropped. */
const PRUNE_ABOVE = 50_000;

/**
 * One token bucket per key, in this process's memory. A bucket is refilled lazily when its key
 * comes back, so idle keys cost nothing but their entry, and entries that have refilled
 * completely are dropped once there are many.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    readonly budget: Budget,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = budget.perMinute / 60_000;
  }

  take(key: string): Take {
    const now = this.now();
    const bucket = this.refilled(key, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, remaining: Math.floor(bucket.tokens) };
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
    return { allowed: false, retryAfterSeconds };
  }

  get size(): number {
    return this.buckets.size;
  }

  private refilled(key: string, now: number): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= PRUNE_ABOVE) this.prune(now);
      bucket = { tokens: this.budget.burst, updatedAt: now };
      this.buckets.set(key, bucket);
      return bucket;
    }
    const elapsed = Math.max(0, now - bucket.updatedAt);
    bucket.tokens = Math.min(this.budget.burst, bucket.tokens + elapsed * this.perMs);
    bucket.updatedAt = now;
    return bucket;
  }

  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.updatedAt) * this.perMs >= this.budget.burst) this.buckets.delete(key);
    }
  }
}
