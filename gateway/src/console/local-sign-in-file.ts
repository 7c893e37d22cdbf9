import { readFileSync } from "node:fs";
import { ConfigError } from "@hub/contract";
import { importJWK, SignJWT, type JWK } from "jose";
import { z } from "zod";
import type { LocalSignIn } from "./options";

const fileSchema = z.object({
  issuer: z.string().min(1),
  audience: z.string().min(1),
  lifetimeSeconds: z
    .number()
    .int()
    .min(1)
    .default(12 * 3600),
  signingKey: z.looseObject({ kid: z.string().min(1), kty: z.string() }),
  users: z.array(
    z.object({
      key: z.string().min(1),
      userId: z.string().min(1),
      name: z.string().min(1),
      department: z.string().min(1),
      roles: z.array(z.string()).min(1),
      organisationId: z.string().nullable(),
      organisationName: z.string().optional(),
      jurisdictionCode: z.string().min(1),
    }),
  ),
});

/** The local identity provider's key and demo users, written by `npm start` (HUB_LOCAL_SIGN_IN_FILE). */
export function localSignInFromFile(file: string): LocalSignIn {
  let parsed: z.infer<typeof fileSchema>;
  try {
    parsed = fileSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  } catch (error) {
    throw new ConfigError([`HUB_LOCAL_SIGN_IN_FILE: cannot use ${file} (${(error as Error).message})`]);
  }
  const { issuer, audience, lifetimeSeconds, signingKey, users } = parsed;
  const key = importJWK(signingKey as JWK, "ES256");
  return {
    users: users.map(({ key, name, department, roles, organisationName }) => ({
      key,
      name,
      department,
      roles,
      ...(organisationName ? { organisationName } : {}),
    })),
    async issue(userKey) {
      const user = users.find((candidate) => candidate.key === userKey);
      if (!user) return undefined;
      const expires = Math.floor(Date.now() / 1000) + lifetimeSeconds;
      const token = await new SignJWT({
        name: user.name,
        org: user.organisationId,
        dept: user.department,
        jur: user.jurisdictionCode,
        roles: user.roles,
      })
        .setProtectedHeader({ alg: "ES256", kid: signingKey.kid })
        .setSubject(user.userId)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(expires)
        .sign(await key);
      return { token, expiresAt: new Date(expires * 1000).toISOString() };
    },
  };
}
