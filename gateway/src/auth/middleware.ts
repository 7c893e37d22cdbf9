import { ACTOR_HEADER, REQUEST_ID_HEADER, type VerifiedActor } from "@hub/contract";
import type { RequestHandler } from "express";
import { errorBody, GatewayErrorCode } from "../errors";
import { requestState } from "../request-state";
import { TokenRejected, type TokenVerifier } from "./verifier";

const BEARER = /^Bearer[ ]+([^ ]+)[ ]*$/i;

const UNAUTHENTICATED_MESSAGE = {
  zh: "身份令牌无效或已过期，请重新登录",
  en: "The bearer token is invalid or has expired; sign in again",
};

/** Verifies an actor a subgraph delegates when it reads another department's data through the graph. */
export type DelegationVerifier = (token: string) => Promise<VerifiedActor>;

/**
 * No Authorization header: the caller is anonymous, unless a subgraph delegates the actor it is
 * serving (`x-hub-actor`, signed with the shared secret for the gateway's audience, accepted
 * once). A header that is present must carry a valid token, otherwise the request stops here
 * with 401. A delegated call then meets the same rate limits and persisted-operation rule as
 * the actor's own calls.
 */
export function authenticate(verify: TokenVerifier, verifyDelegation: DelegationVerifier): RequestHandler {
  return async (req, res, next) => {
    const state = requestState(res);
    const header = req.headers.authorization;
    const delegated = req.headers[ACTOR_HEADER];
    if ((header === undefined || header.trim() === "") && typeof delegated === "string") {
      try {
        const verified = await verifyDelegation(delegated);
        state.actor = verified.actor;
        // The request the subgraph is serving: an id this gateway generated and signed.
        state.requestId = verified.requestId;
        state.log = state.log.child({ requestId: verified.requestId });
        res.setHeader(REQUEST_ID_HEADER, verified.requestId);
      } catch (error) {
        state.log.warn({ reason: (error as Error).message }, "rejected a delegated actor");
        res.status(401).json(errorBody(GatewayErrorCode.UNAUTHENTICATED, UNAUTHENTICATED_MESSAGE, { reason: "invalid" }));
        return;
      }
      state.log = state.log.child({ userId: state.actor.userId, delegated: true });
      next();
      return;
    }
    if (header === undefined || header.trim() === "") {
      next();
      return;
    }
    const match = BEARER.exec(header);
    let actor;
    try {
      if (!match?.[1]) throw new TokenRejected("invalid", "Authorization header is not of the form `Bearer <token>`");
      actor = await verify(match[1]);
    } catch (error) {
      if (!(error instanceof TokenRejected)) throw error;
      state.log.warn({ reason: error.reason, detail: error.detail }, "rejected a bearer token");
      res
        .status(401)
        .set("WWW-Authenticate", `Bearer error="invalid_token"`)
        .json(errorBody(GatewayErrorCode.UNAUTHENTICATED, UNAUTHENTICATED_MESSAGE, { reason: error.reason }));
      return;
    }
    state.actor = actor;
    state.log = state.log.child({ userId: actor.userId });
    next();
  };
}
