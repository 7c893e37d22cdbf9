import { randomUUID } from "node:crypto";
import { ANONYMOUS, REQUEST_ID_HEADER } from "@hub/subgraph-kit/actor";
import type { Logger } from "@hub/subgraph-kit";
import type { RequestHandler } from "express";
import { setRequestState } from "./request-state";

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Keeps the caller's id when it is a sane token, so one id follows the request end to end. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === "string" && SANE_REQUEST_ID.test(header) ? header : randomUUID();
}

/** Gives each request its id, echoes it in the response, and binds it to a child logger. */
export function requestIdMiddleware(log: Logger): RequestHandler {
  return (req, res, next) => {
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    setRequestState(res, {
      requestId,
      actor: ANONYMOUS,
      log: log.child({ requestId }),
      outcome: { operationName: null, errorCount: 0 },
    });
    next();
  };
}
