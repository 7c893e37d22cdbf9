import { ANONYMOUS } from "@hub/contract";
import type { Logger } from "../logger";
import type { Request, RequestHandler, Response } from "express";
import { GatewayErrorCode } from "../errors";
import type { OperationCheck } from "../limits/guard";
import { refuse, type Refusal } from "../limits/refuse";
import { requestState } from "../request-state";
import { SharedBudgets, type Budgets, type Decision } from "./budgets";
import type { RateLimits } from "./config";
import { connectRateLimitStore } from "./redis-store";
import { TokenBuckets, type Budget } from "./token-bucket";

export interface RateLimiter {
  /** Charges every GraphQL request to its caller's budget. */
  middleware: RequestHandler;
  /** Charges operations with a public-intake root field to the stricter intake budget. */
  intakeCheck: OperationCheck;
  /** Resolves once the shared store is connected (or given up on for now); at once in-process. */
  ready(): Promise<void>;
  close(): Promise<void>;
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

const STORE_RETRY_SECONDS = 5;

function storeUnavailable(scope: string): Refusal {
  return {
    status: 503,
    code: GatewayErrorCode.RATE_LIMIT_UNAVAILABLE,
    message: {
      zh: `请求配额服务暂不可用，按配置拒绝请求（HUB_RATE_LIMIT_REDIS_WHEN_DOWN=closed），请 ${STORE_RETRY_SECONDS} 秒后重试`,
      en: `The request budget store is unavailable and the gateway is configured to refuse meanwhile (HUB_RATE_LIMIT_REDIS_WHEN_DOWN=closed); retry in ${STORE_RETRY_SECONDS} s`,
    },
    details: { scope, retryAfter: STORE_RETRY_SECONDS, rule: "HUB_RATE_LIMIT_REDIS_WHEN_DOWN=closed" },
    headers: { "Retry-After": String(STORE_RETRY_SECONDS) },
  };
}

function refusalOf(decision: Decision, budget: Budget, scope: string): Refusal | undefined {
  if (decision.allowed) return undefined;
  return "unavailable" in decision ? storeUnavailable(scope) : rateLimited(budget, decision.retryAfterSeconds, scope);
}

/**
 * Token buckets per caller. Without `limits.shared` they live in this process, so behind a load
 * balancer a caller's effective budget is the per-instance one times the instances it reaches;
 * with it they are counters in Redis that every gateway replica charges alike.
 */
export function createRateLimiter(limits: RateLimits, log: Logger, now: () => number = Date.now): RateLimiter {
  const { shared } = limits;
  const store = shared ? connectRateLimitStore(shared, log) : undefined;
  const budgets = (name: string, budget: Budget): Budgets => {
    const local = new TokenBuckets(budget, now);
    return store && shared ? new SharedBudgets(budget, name, store, shared.whenDown, local) : local;
  };
  const authenticated = budgets("user", limits.authenticated);
  const anonymous = budgets("address", limits.anonymous);
  const intake = budgets("intake", limits.intake);
  const intakeFields = new Set(limits.intakeFields);

  return {
    // A subgraph's delegated call is charged to the actor it serves, like the actor's own calls.
    middleware: async (req, res, next) => {
      const caller = callerKey(req, res);
      const charged = caller.anonymous ? anonymous : authenticated;
      const refusal = refusalOf(await charged.take(caller.key), charged.budget, caller.anonymous ? "address" : "user");
      if (refusal) refuse(res, refusal);
      else next();
    },
    intakeCheck: async (rootFields, req, res) => {
      if (!rootFields.some((field) => intakeFields.has(field))) return undefined;
      return refusalOf(await intake.take(callerKey(req, res).key), intake.budget, "publicIntake");
    },
    ready: () => store?.ready() ?? Promise.resolve(),
    close: () => store?.close() ?? Promise.resolve(),
  };
}
