import { SignJWT, UnsecuredJWT, exportJWK, generateKeyPair, type JSONWebKeySet, type JWTPayload, type KeyLike } from "jose";

export const ISSUER = "https://idp.test.nm.gov.cn";
export const AUDIENCE = "dispute-hub";

export const OFFICER_CLAIMS = {
  sub: "u-1001",
  name: "王受理",
  org: "org-baotou-centre",
  dept: "CENTER",
  jur: "150202",
  roles: ["CENTRE_OFFICER"],
};

export interface TestIssuer {
  jwks: JSONWebKeySet;
  /** Signs `claims` (with iss, aud, iat, exp defaults that `overrides` may replace; `null` leaves exp or iat out). */
  sign(
    claims?: JWTPayload,
    overrides?: { issuer?: string; audience?: string; expiresAt?: number | null; issuedAt?: number | null; key?: KeyLike; kid?: string },
  ): Promise<string>;
}

export async function createTestIssuer(): Promise<TestIssuer> {
  const { publicKey, privateKey } = await generateKeyPair("ES256");
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: "k1", alg: "ES256", use: "sig" }] };
  return {
    jwks,
    sign(claims = OFFICER_CLAIMS, overrides = {}) {
      const jwt = new SignJWT(claims)
        .setProtectedHeader({ alg: "ES256", kid: overrides.kid ?? "k1" })
        .setIssuer(overrides.issuer ?? ISSUER)
        .setAudience(overrides.audience ?? AUDIENCE);
      if (overrides.issuedAt !== null) jwt.setIssuedAt(overrides.issuedAt ?? Math.floor(Date.now() / 1000));
      if (overrides.expiresAt !== null) jwt.setExpirationTime(overrides.expiresAt ?? Math.floor(Date.now() / 1000) + 600);
      return jwt.sign(overrides.key ?? privateKey);
    },
  };
}

/** A token signed by some other party's key, carrying the same kid. */
export async function foreignKey(): Promise<KeyLike> {
  return (await generateKeyPair("ES256")).privateKey;
}

export function unsecuredToken(claims: JWTPayload = OFFICER_CLAIMS): string {
  return new UnsecuredJWT(claims).setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime("10m").encode();
}

/** HS256 with the public key's `x` as the secret: the classic algorithm-confusion attack. */
export async function hmacToken(secret: string, claims: JWTPayload = OFFICER_CLAIMS): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256", kid: "k1" })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setExpirationTime("10m")
    .sign(new TextEncoder().encode(secret));
}
