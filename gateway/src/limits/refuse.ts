import type { Bilingual } from "@hub/contract";
import type { Response } from "express";
import { errorBody, type GatewayErrorCode } from "../errors";
import { requestState } from "../request-state";

export interface Refusal {
  status: number;
  code: GatewayErrorCode;
  message: Bilingual;
  /** Goes into `extensions` beside the code: the limit and the actual value. */
  details: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** Answers a request the gateway will not run, in the GraphQL error shape, and logs why. */
export function refuse(res: Response, refusal: Refusal): void {
  const state = requestState(res);
  state.outcome.errorCount = 1;
  state.log.warn({ code: refusal.code, ...refusal.details }, "request refused");
  for (const [name, value] of Object.entries(refusal.headers ?? {})) res.setHeader(name, value);
  res.status(refusal.status).json(errorBody(refusal.code, refusal.message, refusal.details));
}
