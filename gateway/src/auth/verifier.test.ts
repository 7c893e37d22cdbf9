import {
  createTestIssuer,
  foreignKey,
  hmacToken,
  ISSUER,
  AUDIENCE,
  OFFICER_CLAIMS,
  unsecuredToken,
  type TestIssuer,
} from "../../test/tokens";
import { createTokenVerifier, TokenRejected, type TokenVerifier } from "./verifier";

let issuer: TestIssuer;
let verify: TokenVerifier;

beforeAll(async () => {
  issuer = await createTestIssuer();
  verify = createTokenVerifier({ jwks: issuer.jwks, issuer: ISSUER, audience: AUDIENCE });
});

async function rejection(token: Promise<string> | string): Promise<TokenRejected> {
  const error: unknown = await verify(await token).then(
    () => new Error("the token was accepted"),
    (rejected: unknown) => rejected,
  );
  if (!(error instanceof TokenRejected)) throw error;
  return error;
}

describe("createTokenVerifier", () => {
  it("maps a valid token's claims onto the actor", async () => {
    await expect(verify(await issuer.sign())).resolves.toEqual({
      userId: "u-1001",
      name: "王受理",
      organisationId: "org-baotou-centre",
      department: "CENTER",
      jurisdictionCode: "150202",
      roles: ["CENTRE_OFFICER"],
    });
  });

  it("treats absent org, jur and roles as none", async () => {
    const token = await issuer.sign({ sub: "u-7", name: "公众", dept: "PUBLIC" });
    await expect(verify(token)).resolves.toEqual({
      userId: "u-7",
      name: "公众",
      organisationId: null,
      department: "PUBLIC",
      jurisdictionCode: null,
      roles: [],
    });
  });

  it.each([
    ["a wrong issuer", () => issuer.sign(OFFICER_CLAIMS, { issuer: "https://other-idp.example" }), "invalid"],
    ["a wrong audience", () => issuer.sign(OFFICER_CLAIMS, { audience: "another-app" }), "invalid"],
    ["an expired token", () => issuer.sign(OFFICER_CLAIMS, { expiresAt: Math.floor(Date.now() / 1000) - 120 }), "expired"],
    ["another key under the same kid", async () => issuer.sign(OFFICER_CLAIMS, { key: await foreignKey() }), "invalid"],
    ["an unknown kid", () => issuer.sign(OFFICER_CLAIMS, { kid: "k2" }), "invalid"],
    ["alg none", async () => unsecuredToken(), "invalid"],
    ["HS256 keyed with the public key", async () => hmacToken(String(issuer.jwks.keys[0]?.x)), "invalid"],
    ["garbage", async () => "not.a.jwt", "invalid"],
    ["an unknown department", () => issuer.sign({ ...OFFICER_CLAIMS, dept: "MINISTRY" }), "claims"],
    ["a malformed jurisdiction", () => issuer.sign({ ...OFFICER_CLAIMS, jur: "110101" }), "claims"],
    ["no name", () => issuer.sign({ sub: "u-1", dept: "CENTER", roles: [] }), "claims"],
  ])("rejects %s", async (_case, makeToken, reason) => {
    expect((await rejection(makeToken())).reason).toBe(reason);
  });

  it("rejects a token without an expiry", async () => {
    expect((await rejection(issuer.sign(OFFICER_CLAIMS, { expiresAt: null }))).reason).toBe("invalid");
  });

  it.each([
    ["issued in the future beyond the clock tolerance", () => Math.floor(Date.now() / 1000) + 120, "invalid"],
    ["issued longer ago than the maximum token age", () => Math.floor(Date.now() / 1000) - 13 * 3600, "expired"],
  ])("rejects a token %s, whatever its exp", async (_case, issuedAt, reason) => {
    const token = issuer.sign(OFFICER_CLAIMS, { issuedAt: issuedAt(), expiresAt: Math.floor(Date.now() / 1000) + 86_400 });
    expect((await rejection(token)).reason).toBe(reason);
  });

  it("rejects a token without iat", async () => {
    expect((await rejection(issuer.sign(OFFICER_CLAIMS, { issuedAt: null }))).reason).toBe("invalid");
  });

  it("honours a configured maximum token age", async () => {
    const strict = createTokenVerifier({ jwks: issuer.jwks, issuer: ISSUER, audience: AUDIENCE, maxTokenAgeSeconds: 300 });
    const tenMinutesOld = await issuer.sign(OFFICER_CLAIMS, { issuedAt: Math.floor(Date.now() / 1000) - 600 });
    await expect(strict(tenMinutesOld)).rejects.toMatchObject({ reason: "expired" });
    await expect(verify(tenMinutesOld)).resolves.toMatchObject({ userId: OFFICER_CLAIMS.sub });
  });

  it("accepts a token that expired within the 30 s clock tolerance", async () => {
    await expect(verify(await issuer.sign(OFFICER_CLAIMS, { expiresAt: Math.floor(Date.now() / 1000) - 5 }))).resolves.toMatchObject({
      userId: "u-1001",
    });
  });
});

describe("identity-provider key rollover (two keys in the JWKS by kid)", () => {
  it("accepts tokens of both keys while both are published, and refuses the old key's once it is removed", async () => {
    const old = await createTestIssuer();
    const next = await createTestIssuer();
    const [published] = next.jwks.keys;
    if (!published) throw new Error("the test issuer published no key");
    const nextKey = { ...published, kid: "k2" };
    const during = createTokenVerifier({ jwks: { keys: [...old.jwks.keys, nextKey] }, issuer: ISSUER, audience: AUDIENCE });
    const oldToken = await old.sign(OFFICER_CLAIMS, { kid: "k1" });
    const newToken = await next.sign(OFFICER_CLAIMS, { kid: "k2" });
    await expect(during(oldToken)).resolves.toMatchObject({ userId: OFFICER_CLAIMS.sub });
    await expect(during(newToken)).resolves.toMatchObject({ userId: OFFICER_CLAIMS.sub });

    const after = createTokenVerifier({ jwks: { keys: [nextKey] }, issuer: ISSUER, audience: AUDIENCE });
    await expect(after(newToken)).resolves.toMatchObject({ userId: OFFICER_CLAIMS.sub });
    await expect(after(oldToken)).rejects.toMatchObject({ reason: "invalid" });
  });
});
