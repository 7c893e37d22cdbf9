import { randomUUID } from "node:crypto";
import { SignJWT, jwtVerify } from "jose";
import { z } from "zod";

/**
 * The verified identity the gateway forwards to every subgraph. The gateway checks the
 * caller's bearer token, then signs this actor with a secret only it and the subgraphs hold,
 * so a direct caller of a subgraph cannot forge one.
 */
export const Department = z.enum(["CENTER", "JUSTICE", "COURT", "PROCURATORATE", "PARTNER", "PUBLIC"]);
export type Department = z.infer<typeof Department>;

export const Role = z.enum([
  "CENTRE_OFFICER",
  "CENTRE_SUPERVISOR",
  "MEDIATOR",
  "JUSTICE_OFFICER",
  "JUDGE",
  "COURT_CLERK",
  "PROSECUTOR",
  "PARTNER_SYSTEM",
  "PUBLIC",
  /** The hub's own background workers (the centre's event consumer): read every department's event feed. */
  "HUB_SYSTEM",
  /** A department's own integration system: reads that department's event feed. */
  "DEPARTMENT_SYSTEM",
]);
export type Role = z.infer<typeof Role>;

export const actorSchema = z.object({
  userId: z.string().min(1),
  name: z.string().min(1),
  organisationId: z.string().min(1).nullable(),
  department: Department,
  /** Division code of the jurisdiction the actor works in (2 to 9 digits). */
  jurisdictionCode: z
    .string()
    .regex(/^15(\d{2}){0,2}(\d{3})?$/)
    .nullable(),
  roles: z.array(Role),
});
export type Actor = z.infer<typeof actorSchema>;

export const ANONYMOUS: Actor = Object.freeze({
  userId: "anonymous",
  name: "anonymous",
  organisationId: null,
  department: "PUBLIC",
  jurisdictionCode: null,
  roles: ["PUBLIC"],
}) as Actor;

/** Header carrying the gateway-signed actor to subgraphs. */
export const ACTOR_HEADER = "x-hub-actor";
/** Header carrying the request id end to end. */
export const REQUEST_ID_HEADER = "x-request-id";

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

/** Header carrying the caller's own request id (`x-request-id` sent to the gateway): logged, never trusted. */
export const CORRELATION_ID_HEADER = "x-correlation-id";

function keyOf(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

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
  return new SignJWT({ actor, rid: requestId })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(ISSUER)
    .setAudience(audience)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(`${lifetimeSeconds}s`)
    .sign(keyOf(secret));
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
  let failure: unknown = new Error("no secret to verify the credential with");
  for (const secret of candidates) {
    try {
      const { payload } = await jwtVerify(token, keyOf(secret), {
        issuer: ISSUER,
        audience,
        algorithms: ["HS256"],
        requiredClaims: ["exp", "iat", "jti"],
        maxTokenAge: maxLifetime,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
      const { exp, iat, jti, rid } = payload;
      if (typeof exp !== "number" || typeof iat !== "number" || typeof jti !== "string") throw new Error("credential claims missing");
      if (exp - iat > maxLifetime) throw new Error(`credential lives ${exp - iat} s, longer than the ${maxLifetime} s accepted`);
      if (typeof rid !== "string" || !rid) throw new Error("credential names no request");
      return { actor: actorSchema.parse(payload.actor), requestId: rid, tokenId: jti, expiresAt: exp };
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
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
