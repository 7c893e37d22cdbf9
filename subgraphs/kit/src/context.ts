import type { IncomingHttpHeaders } from "node:http";
import { accessGrants, type AccessGrants } from "./access-grant";
import { ACTOR_HEADER, CORRELATION_ID_HEADER, verifyActorToken, type Actor, type VerifiedActor } from "./actor";
import { ErrorCode, HubError } from "./errors";
import type { Logger } from "./logger";
import type { ReplayGuard } from "@hub/contract";

/** What every resolver gets: built fresh for each request, never shared between requests. */
export interface HubContext {
  requestId: string;
  actor: Actor;
  log: Logger;
  /** The request's one instant: every time it records or compares against a deadline. */
  now: Date;
  /** The centre's proofs that this actor may see a dispute in this request (kit access-grant.ts). */
  accessGrants: AccessGrants;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Verifies the gateway's credential and returns the base context. A request that did not
 * come through the gateway (no credential, one that fails verification or lives longer than
 * `maxLifetimeSeconds`, or one already seen by `replays`) is refused. The request id is the one the gateway signed; the caller's own id
 * (`x-correlation-id`) is only logged.
 */
export async function baseContext(
  headers: IncomingHttpHeaders,
  gatewaySecret: string | readonly string[],
  log: Logger,
  clock: () => Date = () => new Date(),
  checks: { replays?: ReplayGuard; maxLifetimeSeconds?: number } = {},
): Promise<HubContext> {
  const { replays } = checks;
  const secrets = typeof gatewaySecret === "string" ? [gatewaySecret] : gatewaySecret;
  const correlation = header(headers, CORRELATION_ID_HEADER);
  const correlationId = correlation && SANE_ID.test(correlation) ? correlation : undefined;
  const token = header(headers, ACTOR_HEADER);
  if (!token) throw unauthenticated("missing");
  let verified: VerifiedActor;
  try {
    verified = await verifyActorToken(
      token,
      secrets,
      checks.maxLifetimeSeconds === undefined ? {} : { maxLifetimeSeconds: checks.maxLifetimeSeconds },
    );
  } catch (error) {
    log.warn({ reason: (error as Error).message, correlationId }, "rejected a request without a valid gateway credential");
    throw unauthenticated("invalid");
  }
  const { actor, requestId } = verified;
  const requestLog = log.child({ requestId, ...(correlationId ? { correlationId } : {}) });
  if (replays && !replays.firstUse(verified.tokenId, verified.expiresAt)) {
    requestLog.warn({ userId: actor.userId }, "rejected a gateway credential presented a second time");
    throw unauthenticated("replayed");
  }
  return {
    requestId,
    actor,
    log: requestLog.child({ userId: actor.userId }),
    now: clock(),
    accessGrants: accessGrants(secrets, actor.userId, requestId),
  };
}

function unauthenticated(reason: "missing" | "invalid" | "replayed"): HubError {
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
