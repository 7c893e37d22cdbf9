import { ACTOR_HEADER, type Actor } from "@hub/subgraph-kit/actor";
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
export type DelegationVerifier = (token: string) => Promise<Actor>;

/**
 * No Authorization header: the caller is anonymous, unless a subgraph delegates the actor it is
 * serving (`x-hub-actor`, signed with the shared secret for the gateway's audience). A header
 * that is present must carry a valid token, otherwise the request stops here with 401.
 */
export function authenticate(verify: TokenVerifier, verifyDelegation: DelegationVerifier): RequestHandler {
  return async (req, res, next) => {
    const state = requestState(res);
    const header = req.headers.authorization;
    const delegated = req.headers[ACTOR_HEADER];
    if ((header === undefined || header.trim() === "") && typeof delegated === "string") {
      try {
        state.actor = await verifyDelegation(delegated);
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
