// The local hub's stand-in identity provider: an ES256 key pair kept in the data directory,
// and bearer tokens for demo users of every department. Production uses the real provider's JWKS.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { SignJWT, exportJWK, generateKeyPair, importJWK } from "jose";

export const ISSUER = "hub-local-identity";
export const AUDIENCE = "dispute-hub";

/** Loads the secrets of an existing data directory, or creates them on first start. */
export async function loadOrCreateSecrets(file) {
  if (existsSync(file)) return JSON.parse(await readFile(file, "utf8"));
  const { publicKey, privateKey } = await generateKeyPair("ES256", { extractable: true });
  const kid = `local-${randomBytes(4).toString("hex")}`;
  const secrets = {
    gatewaySecret: randomBytes(48).toString("base64url"),
    dataKeys: { [`data-${randomBytes(3).toString("hex")}`]: randomBytes(32).toString("base64") },
    blindIndexKey: randomBytes(32).toString("base64"),
    signingKey: { ...(await exportJWK(privateKey)), kid, alg: "ES256" },
    jwks: { keys: [{ ...(await exportJWK(publicKey)), kid, alg: "ES256", use: "sig" }] },
  };
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

export async function issueToken(secrets, user, lifetime = "12h") {
  const key = await importJWK(secrets.signingKey, "ES256");
  return new SignJWT({ name: user.name, org: user.organisationId, dept: user.department, jur: user.jurisdictionCode, roles: user.roles })
    .setProtectedHeader({ alg: "ES256", kid: secrets.signingKey.kid })
    .setSubject(user.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(lifetime)
    .sign(key);
}

/**
 * What the gateway's local sign-in page needs (HUB_LOCAL_SIGN_IN_FILE): the signing key and the demo
 * users, so the console can sign in as any of them. Local mode only: the gateway refuses it in production.
 */
export async function writeLocalSignIn(file, secrets, users) {
  const body = { issuer: ISSUER, audience: AUDIENCE, lifetimeSeconds: 12 * 3600, signingKey: secrets.signingKey, users };
  await writeFile(file, JSON.stringify(body, null, 2), { mode: 0o600 });
}
