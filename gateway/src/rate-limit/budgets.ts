import { RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { WhenStoreDown } from "./config";
import type { RateLimitStoreConnection } from "./redis-store";
import { type TokenBuckets, type Budget, type Take } from "./token-bucket";

/** A charge's outcome; `unavailable` when the shared store is down and the gateway fails closed. */
export type Decision = Take | { allowed: false; unavailable: true };

/** Budgets per key, in this process or shared. */
export interface Budgets {
  readonly budget: Budget;
  take(key: string): Decision | Promise<Decision>;
}

/**
 * The budget as Redis counters shared by every gateway: `burst` requests per window of
 * `burst / perMinute` minutes (a fixed window, so the same burst and the same sustained
 * rate as the in-process token bucket, refilled at the window's end instead of gradually).
 */
export class SharedBudgets implements Budgets {
  private readonly limiter: RateLimiterRedis;

  constructor(
    readonly budget: Budget,
    name: string,
    private readonly store: RateLimitStoreConnection,
    private readonly whenDown: WhenStoreDown,
    private readonly local: TokenBuckets,
  ) {
    this.limiter = new RateLimiterRedis({
      storeClient: store.client,
      keyPrefix: `hub:rate-limit:${name}`,
      points: budget.burst,
      duration: Math.max(1, Math.ceil((budget.burst * 60) / budget.perMinute)),
      rejectIfRedisNotReady: true,
    });
  }

  async take(key: string): Promise<Decision> {
    try {
      const charged = await this.limiter.consume(key);
      this.store.succeeded();
      return { allowed: true, remaining: charged.remainingPoints };
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) {
        this.store.succeeded();
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)) };
      }
      this.store.failed(outcome instanceof Error ? outcome : new Error(String(outcome)));
      if (this.whenDown === "local") return this.local.take(key);
      if (this.whenDown === "open") return { allowed: true, remaining: this.budget.burst };
      return { allowed: false, unavailable: true };
    }
  }
}
