import type { JSONWebKeySet } from "jose";
import { z } from "zod";

const ASYMMETRIC_KEY_TYPES = ["RSA", "EC", "OKP"] as const;
/** Private-key members of RSA, EC and OKP JWKs; a verifier must never hold them. */
const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "oth"] as const;

const jwkSchema = z
  .object({ kty: z.enum(ASYMMETRIC_KEY_TYPES, { message: "kty must be RSA, EC or OKP (public keys only)" }) })
  .loose()
  .refine((key) => PRIVATE_MEMBERS.every((member) => !(member in key)), "holds a private key; publish only the public part");

const jwksSchema = z.object({ keys: z.array(jwkSchema).min(1, "must hold at least one key") });

/** Parses a JWKS document and accepts it only when it holds asymmetric public keys. */
export function parseJwks(json: string): JSONWebKeySet {
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch (error) {
    throw new Error(`is not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const result = jwksSchema.safeParse(document);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(issue ? `${issue.path.join(".") || "document"} ${issue.message}` : "is not a JWKS document");
  }
  return result.data as JSONWebKeySet;
}
