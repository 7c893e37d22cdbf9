import type { Actor } from "@hub/contract";
import type { Logger } from "./logger";
import type { Response } from "express";

/** What the access log reports about a GraphQL request once it is answered. */
export interface RequestOutcome {
  operationName: string | null;
  errorCount: number;
}

/** Everything the gateway knows about one request; lives in `res.locals`, never shared. */
export interface RequestState {
  /** Generated here for every request; the id the forwarded actor is signed for. */
  requestId: string;
  /** The caller's own `x-request-id`, when it is a sane token: logged and echoed, never signed. */
  correlationId: string | undefined;
  actor: Actor;
  /** Bound to the request id (and the user, once authenticated). */
  log: Logger;
  outcome: RequestOutcome;
}

const KEY = "hubRequest";

export function setRequestState(res: Response, state: RequestState): void {
  res.locals[KEY] = state;
}

export function requestState(res: Response): RequestState {
  const state: unknown = res.locals[KEY];
  if (typeof state !== "object" || state === null || !("requestId" in state)) {
    throw new Error("Request state is missing: the request-id middleware must run before this handler");
  }
  return state as RequestState;
}
