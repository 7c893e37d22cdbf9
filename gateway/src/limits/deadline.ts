import { AsyncLocalStorage } from "node:async_hooks";
import type { RequestHandler } from "express";

/** Why a request's signal was aborted when its operation ran out of time. */
export class OperationTimedOut extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the operation ran longer than ${timeoutMs} ms`);
    this.name = "OperationTimedOut";
  }
}

/** The signal of the request being served, for the subgraph fetches made on its behalf. */
export type RequestSignals = AsyncLocalStorage<AbortSignal>;

export function createRequestSignals(): RequestSignals {
  return new AsyncLocalStorage<AbortSignal>();
}

/**
 * Gives each GraphQL request a signal that aborts when the operation has run `timeoutMs`, or
 * when the caller goes away; every subgraph fetch made for it listens to that signal.
 */
export function operationDeadline(timeoutMs: number, signals: RequestSignals): RequestHandler {
  return (_req, res, next) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new OperationTimedOut(timeoutMs)), timeoutMs);
    timer.unref();
    res.once("close", () => {
      clearTimeout(timer);
      if (!res.writableFinished) controller.abort(new Error("the caller closed the connection"));
    });
    signals.run(controller.signal, next);
  };
}
