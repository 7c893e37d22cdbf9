import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { parseActor, type Actor } from "./actor";

/**
 * Two directions, one secret: the gateway signs actors for subgraphs (audience `hub-subgraph`),
 * and a subgraph that must read another department's data through the graph signs the same
 * actor for the gateway (audience `hub-gateway`). Distinct audiences keep a token meant for
 * one from being replayed at the other.
 */
export const Audience = { SUBGRAPH: "hub-subgraph", GATEWAY: "hub-gateway" } as const;
export type Audience = (typeof Audience)[keyof typeof Audience];

const ISSUER = "dispute-hub";
/** How long a forwarded actor lives by default: one hop of one request, so a captured header soon expires. */
export const DEFAULT_ACTOR_LIFETIME_SECONDS = 30;
/** The longest lifetime a receiver accepts, whatever the signer asked for. */
export const MAX_ACTOR_LIFETIME_SECONDS = 60;
/** Clock difference tolerated between the signer and the receiver. */
const CLOCK_TOLERANCE_SECONDS = 5;

/** A compact JWS (RFC 7515) signed with HMAC-SHA256 (RFC 7518 §3.2), the only algorithm either end uses. */
const HEADER = Buffer.from(JSON.stringify({ alg: "HS256" })).toString("base64url");

const mac = (secret: string, input: string) => createHmac("sha256", Buffer.from(secret, "utf8")).update(input).digest();
const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * Signs `actor` for one hop of the request the gateway generated `requestId` for. Each
 * credential has its own id (`jti`), so a receiver can refuse to see one twice.
 */
export async function signActor(
  actor: Actor,
  secret: string,
  requestId: string,
  audience: Audience = Audience.SUBGRAPH,
  lifetimeSeconds: number = DEFAULT_ACTOR_LIFETIME_SECONDS,
): Promise<string> {
  const iat = nowSeconds();
  const claims = { actor, rid: requestId, iss: ISSUER, aud: audience, jti: randomUUID(), iat, exp: iat + lifetimeSeconds };
  const input = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}`;
  return `${input}.${mac(secret, input).toString("base64url")}`;
}

/** A verified credential: who, for which request, and what a replay guard needs. */
export interface VerifiedActor {
  actor: Actor;
  /** The id the gateway generated for the request (signed; the `x-request-id` header is not). */
  requestId: string;
  /** The credential's own id (`jti`). */
  tokenId: string;
  /** When it expires (seconds since the epoch). */
  expiresAt: number;
}

export interface VerifyActorOptions {
  audience?: Audience;
  /** Refuse credentials whose lifetime (`exp - iat`) is longer (default and ceiling: MAX_ACTOR_LIFETIME_SECONDS). */
  maxLifetimeSeconds?: number;
}

/** Why a forwarded credential was refused. */
export class ActorTokenRejected extends Error {
  constructor(reason: string) {
    super(`actor credential refused: ${reason}`);
    this.name = "ActorTokenRejected";
  }
}

function decodeJson(part: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
  } catch {
    throw new ActorTokenRejected(`its ${what} is not JSON`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ActorTokenRejected(`its ${what} is not an object`);
  return value as Record<string, unknown>;
}

/** The signature checks against one of `secrets`, compared in constant time. */
function signedWithOneOf(input: string, signature: string, secrets: readonly string[]): boolean {
  const given = Buffer.from(signature, "base64url");
  // Only the canonical spelling: base64url decoding ignores stray characters and spare bits.
  if (given.toString("base64url") !== signature) return false;
  return secrets.some((secret) => {
    const expected = mac(secret, input);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

function checkClaims(claims: Record<string, unknown>, audience: Audience, maxLifetime: number): void {
  const now = nowSeconds();
  const { iss, aud, exp, iat, jti, nbf } = claims;
  if (iss !== ISSUER) throw new ActorTokenRejected("another issuer");
  if (!(aud === audience || (Array.isArray(aud) && aud.includes(audience)))) throw new ActorTokenRejected("meant for another audience");
  if (typeof exp !== "number" || typeof iat !== "number" || typeof jti !== "string" || !jti)
    throw new ActorTokenRejected("credential claims missing");
  if (exp <= now - CLOCK_TOLERANCE_SECONDS) throw new ActorTokenRejected("expired");
  if (iat > now + CLOCK_TOLERANCE_SECONDS) throw new ActorTokenRejected("issued in the future");
  if (now - iat - CLOCK_TOLERANCE_SECONDS > maxLifetime) throw new ActorTokenRejected("issued too long ago");
  if (nbf !== undefined && (typeof nbf !== "number" || nbf > now + CLOCK_TOLERANCE_SECONDS)) throw new ActorTokenRejected("not yet valid");
  if (exp - iat > maxLifetime) throw new ActorTokenRejected(`credential lives ${exp - iat} s, longer than the ${maxLifetime} s accepted`);
}

/**
 * Returns the credential's actor and request, or throws when it is missing, expired, issued in
 * the future, longer-lived than the receiver accepts, without `exp`, `iat`, `jti` or request id,
 * forged, meant for another audience or malformed. During a rotation of the shared secret, pass
 * the current and the previous one: a credential signed with either is accepted.
 */
export async function verifyActorToken(
  token: string,
  secrets: string | readonly string[],
  options: VerifyActorOptions = {},
): Promise<VerifiedActor> {
  const audience = options.audience ?? Audience.SUBGRAPH;
  const maxLifetime = Math.min(options.maxLifetimeSeconds ?? MAX_ACTOR_LIFETIME_SECONDS, MAX_ACTOR_LIFETIME_SECONDS);
  const candidates = typeof secrets === "string" ? [secrets] : secrets;
  if (candidates.length === 0) throw new ActorTokenRejected("no secret to verify the credential with");
  const parts = token.split(".");
  const [header, payload, signature] = parts;
  if (parts.length !== 3 || header === undefined || payload === undefined || signature === undefined)
    throw new ActorTokenRejected("not a compact JWS");
  const protectedHeader = decodeJson(header, "header");
  // `crit` names extensions a receiver must understand; this one understands none.
  if (protectedHeader.alg !== "HS256" || protectedHeader.crit !== undefined) throw new ActorTokenRejected("not signed with HS256");
  if (!signedWithOneOf(`${header}.${payload}`, signature, candidates)) throw new ActorTokenRejected("signature does not verify");
  const claims = decodeJson(payload, "payload");
  checkClaims(claims, audience, maxLifetime);
  const { rid, jti, exp } = claims;
  if (typeof rid !== "string" || !rid) throw new ActorTokenRejected("credential names no request");
  return { actor: parseActor(claims.actor), requestId: rid, tokenId: jti as string, expiresAt: exp as number };
}

/** `verifyActorToken` for callers that need only the actor. */
export async function verifyActor(
  token: string,
  secrets: string | readonly string[],
  audience: Audience = Audience.SUBGRAPH,
): Promise<Actor> {
  return (await verifyActorToken(token, secrets, { audience })).actor;
}

/** The secrets a receiver accepts: the current one, and the previous one while a rotation is under way. */
export function acceptedSecrets(current: string, previous?: string | null): string[] {
  return previous && previous !== current ? [current, previous] : [current];
}
