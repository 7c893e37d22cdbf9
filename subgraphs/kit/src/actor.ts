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
]);
export type Role = z.infer<typeof Role>;

export const actorSchema = z.object({
  userId: z.string().min(1),
  name: z.string().min(1),
  organisationId: z.string().min(1).nullable(),
  department: Department,
  /** Division code of the jurisdiction the actor works in (2 to 9 digits). */
  jurisdictionCode: z.string().regex(/^15(\d{2}){0,2}(\d{3})?$/).nullable(),
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

const ISSUER = "hub-gateway";
const AUDIENCE = "hub-subgraph";
const LIFETIME_SECONDS = 60;

function keyOf(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function signActor(actor: Actor, secret: string, requestId: string): Promise<string> {
  return new SignJWT({ actor, rid: requestId })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${LIFETIME_SECONDS}s`)
    .sign(keyOf(secret));
}

/** Returns the actor, or throws when the credential is missing, expired, forged or malformed. */
export async function verifyActor(token: string, secret: string): Promise<Actor> {
  const { payload } = await jwtVerify(token, keyOf(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ["HS256"] });
  return actorSchema.parse(payload.actor);
}
