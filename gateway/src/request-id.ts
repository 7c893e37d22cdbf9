import { randomUUID } from "node:crypto";
import { ANONYMOUS, CORRELATION_ID_HEADER, REQUEST_ID_HEADER } from "@hub/contract";
import type { Logger } from "./logger";
import type { RequestHandler } from "express";
import { setRequestState } from "./request-state";

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's own id, when it is a sane token: kept to correlate with the caller's logs. */
export function correlationIdFrom(header: string | string[] | undefined): string | undefined {
  return typeof header === "string" && SANE_REQUEST_ID.test(header) ? header : undefined;
}

/**
 * Gives each request an id of the gateway's own (the forwarded actor is signed for it, so a
 * caller cannot choose it), echoes it in `x-request-id`, echoes the caller's own id in
 * `x-correlation-id`, and binds both to a child logger.
 */
export function requestIdMiddleware(log: Logger): RequestHandler {
  return (req, res, next) => {
    const requestId = randomUUID();
    const correlationId = correlationIdFrom(req.headers[REQUEST_ID_HEADER]);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    if (correlationId) res.setHeader(CORRELATION_ID_HEADER, correlationId);
    setRequestState(res, {
      requestId,
      correlationId,
      actor: ANONYMOUS,
      log: log.child({ requestId, ...(correlationId ? { correlationId } : {}) }),
      outcome: { operationName: null, errorCount: 0 },
    });
    next();
  };
}
