import { ActorShapeError, type Actor } from "@hub/contract";
import { createLocalJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from "jose";
import { actorFromClaims } from "./claims";
import { remoteKeySet, type RemoteKeySetOptions } from "./remote-jwks";

/** Symmetric algorithms are excluded: anyone able to verify would also be able to sign. */
export const ACCEPTED_ALGORITHMS = ["ES256", "ES384", "ES512", "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "EdDSA"];

export interface TokenVerifierOptions {
  /** The identity provider's public keys, or the URL it publishes them at (fetched and cached). */
  jwks: JSONWebKeySet | URL;
  /** For a JWKS URL: caching, cooldown and timeout of its fetches. */
  remoteKeys?: RemoteKeySetOptions;
  issuer: string;
  audience: string;
  /** A token issued (`iat`) longer ago than this is refused, whatever its `exp` says (default 12 h). */
  maxTokenAgeSeconds?: number;
}

export const DEFAULT_MAX_TOKEN_AGE_SECONDS = 12 * 3600;
/** Clock difference tolerated with the identity provider, for `exp` and for an `iat` in the future. */
const CLOCK_TOLERANCE_SECONDS = 30;

export type RejectionReason = "expired" | "invalid" | "claims";

/** Why a bearer token was refused; `detail` is for logs only. */
export class TokenRejected extends Error {
  constructor(
    readonly reason: RejectionReason,
    readonly detail: string,
  ) {
    super(`bearer token rejected (${reason}): ${detail}`);
    this.name = "TokenRejected";
  }
}

export type TokenVerifier = (token: string) => Promise<Actor>;

export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const keys: JWTVerifyGetKey =
    options.jwks instanceof URL ? remoteKeySet(options.jwks, options.remoteKeys) : createLocalJWKSet(options.jwks);
  return async (token) => {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ACCEPTED_ALGORITHMS,
        requiredClaims: ["exp", "iat", "sub"],
        maxTokenAge: options.maxTokenAgeSeconds ?? DEFAULT_MAX_TOKEN_AGE_SECONDS,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new TokenRejected("expired", error.message);
      const code = error instanceof errors.JOSEError ? error.code : "ERR_UNKNOWN";
      throw new TokenRejected("invalid", `${code}: ${(error as Error).message}`);
    }
    try {
      return actorFromClaims(payload);
    } catch (error) {
      const detail =
        error instanceof ActorShapeError ? error.issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ") : String(error);
      throw new TokenRejected("claims", detail);
    }
  };
}
