import type { Budget } from "./token-bucket";

/**
 * What a gateway does with a request while the shared store cannot be reached:
 * `local` charges this process's own buckets (each replica then allows its own budget),
 * `open` lets the request through uncounted, `closed` refuses it with 503 RATE_LIMIT_UNAVAILABLE.
 */
export const WHEN_STORE_DOWN = ["local", "open", "closed"] as const;
export type WhenStoreDown = (typeof WHEN_STORE_DOWN)[number];

/** Budgets kept in Redis, so every gateway replica behind the load balancer draws on the same ones. */
export interface SharedRateLimitStore {
  /** redis:// or rediss:// URL (HUB_RATE_LIMIT_REDIS_URL). */
  redisUrl: string;
  whenDown: WhenStoreDown;
  /** A Redis command slower than this counts as Redis being down. */
  timeoutMs: number;
}

export interface RateLimits {
  /** Per verified user or partner system (the token's `sub`). */
  authenticated: Budget;
  /** Per client address, for callers without a token. */
  anonymous: Budget;
  /** Per caller (user, or address when anonymous), for operations with a public-intake root field; charged on top. */
  intake: Budget;
  /** Root fields that draw on the intake budget. */
  intakeFields: readonly string[];
  /** Undefined: budgets are kept in this process only. */
  shared?: SharedRateLimitStore;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  authenticated: { burst: 120, perMinute: 600 },
  anonymous: { burst: 30, perMinute: 120 },
  intake: { burst: 5, perMinute: 1 },
  intakeFields: ["submitPublicDispute"],
};
