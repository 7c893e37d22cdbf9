import type { Budget } from "./token-bucket";

export interface RateLimits {
  /** Per verified user or partner system (the token's `sub`). */
  authenticated: Budget;
  /** Per client address, for callers without a token. */
  anonymous: Budget;
  /** Per caller (user, or address when anonymous), for operations with a public-intake root field; charged on top. */
  intake: Budget;
  /** Root fields that draw on the intake budget. */
  intakeFields: readonly string[];
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  authenticated: { burst: 120, perMinute: 600 },
  anonymous: { burst: 30, perMinute: 120 },
  intake: { burst: 5, perMinute: 1 },
  intakeFields: ["submitPublicDispute"],
};
