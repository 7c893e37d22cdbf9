import { ANONYMOUS } from "@hub/contract";
import type { Request, RequestHandler, Response } from "express";
import { GatewayErrorCode } from "../errors";
import type { OperationCheck } from "../limits/guard";
import { refuse, type Refusal } from "../limits/refuse";
import { requestState } from "../request-state";
import type { RateLimits } from "./config";
import { TokenBuckets, type Budget } from "./token-bucket";

export interface RateLimiter {
  /** Charges every GraphQL request to its caller's budget. */
  middleware: RequestHandler;
  /** Charges operations with a public-intake root field to the stricter intake budget. */
  intakeCheck: OperationCheck;
}

function callerKey(req: Request, res: Response): { key: string; anonymous: boolean } {
  const { actor } = requestState(res);
  const anonymous = actor.userId === ANONYMOUS.userId && actor.department === ANONYMOUS.department;
  return anonymous ? { key: `address:${req.ip ?? "unknown"}`, anonymous } : { key: `user:${actor.userId}`, anonymous };
}

function rateLimited(budget: Budget, retryAfterSeconds: number, scope: string): Refusal {
  return {
    status: 429,
    code: GatewayErrorCode.RATE_LIMITED,
    message: {
      zh: `请求过于频繁（上限：连续 ${budget.burst} 次，每分钟补充 ${budget.perMinute} 次），请 ${retryAfterSeconds} 秒后重试`,
      en: `Too many requests (at most ${budget.burst} at once, ${budget.perMinute} more per minute); retry in ${retryAfterSeconds} s`,
    },
    details: { scope, retryAfter: retryAfterSeconds, limit: budget.burst, perMinute: budget.perMinute },
    headers: { "Retry-After": String(retryAfterSeconds) },
  };
}

/**
 * Token buckets per caller, in this process. Several gateway instances each keep their own,
 * so behind a load balancer a caller's effective budget is the per-instance one times the
 * instances it reaches (see gateway/README.md for sharing them).
 */
export function createRateLimiter(limits: RateLimits, now: () => number = Date.now): RateLimiter {
  const authenticated = new TokenBuckets(limits.authenticated, now);
  const anonymous = new TokenBuckets(limits.anonymous, now);
  const intake = new TokenBuckets(limits.intake, now);
  const intakeFields = new Set(limits.intakeFields);

  return {
    // A subgraph's delegated call is charged to the actor it serves, like the actor's own calls.
    middleware: (req, res, next) => {
      const caller = callerKey(req, res);
      const buckets = caller.anonymous ? anonymous : authenticated;
      const taken = buckets.take(caller.key);
      if (taken.allowed) {
        next();
        return;
      }
      refuse(res, rateLimited(buckets.budget, taken.retryAfterSeconds, caller.anonymous ? "address" : "user"));
    },
    intakeCheck: (rootFields, req, res) => {
      if (!rootFields.some((field) => intakeFields.has(field))) return undefined;
      const taken = intake.take(callerKey(req, res).key);
      return taken.allowed ? undefined : rateLimited(intake.budget, taken.retryAfterSeconds, "publicIntake");
    },
  };
}
