import { randomUUID } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { ACTOR_HEADER, REQUEST_ID_HEADER, verifyActor, type Actor } from "./actor";
import { ErrorCode, HubError } from "./errors";
import type { Logger } from "./logger";

/** What every resolver gets: built fresh for each request, never shared between requests. */
export interface HubContext {
  requestId: string;
  actor: Actor;
  log: Logger;
  /** The request's one instant: every time it records or compares against a deadline. */
  now: Date;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Verifies the gateway's credential and returns the base context. A request that did not
 * come through the gateway (no credential, or one that fails verification) is refused.
 */
export async function baseContext(
  headers: IncomingHttpHeaders,
  gatewaySecret: string | readonly string[],
  log: Logger,
  clock: () => Date = () => new Date(),
): Promise<HubContext> {
  const incomingId = header(headers, REQUEST_ID_HEADER);
  const requestId = incomingId && REQUEST_ID.test(incomingId) ? incomingId : randomUUID();
  const token = header(headers, ACTOR_HEADER);
  const requestLog = log.child({ requestId });
  if (!token) throw unauthenticated("missing");
  let actor: Actor;
  try {
    actor = await verifyActor(token, gatewaySecret);
  } catch (error) {
    requestLog.warn({ reason: (error as Error).message }, "rejected a request without a valid gateway credential");
    throw unauthenticated("invalid");
  }
  return { requestId, actor, log: requestLog.child({ userId: actor.userId }), now: clock() };
}

function unauthenticated(reason: "missing" | "invalid"): HubError {
  const error = new HubError(
    ErrorCode.UNAUTHENTICATED,
    {
      zh: "子图只接受经网关转发并签名的请求",
      en: "Subgraphs accept only requests forwarded and signed by the gateway",
    },
    { reason, http: { status: 401 } },
  );
  return error;
}
