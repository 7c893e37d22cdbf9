import { randomUUID } from "node:crypto";
import { SignJWT, type JWTPayload } from "jose";
import { Audience, signActor, verifyActorToken, type Actor } from "./actor";

const SECRET = "kit-test-secret-that-is-long-enough-0123456789";
const officer: Actor = {
  userId: "u-1",
  name: "王受理",
  organisationId: "org-1",
  department: "CENTER",
  jurisdictionCode: "150202",
  roles: ["CENTRE_OFFICER"],
};
const now = () => Math.floor(Date.now() / 1000);

/** A credential built with jose directly, not with signActor, so each claim can be left out or bent. */
function credential(claims: JWTPayload) {
  return new SignJWT({ actor: officer, ...claims })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer("dispute-hub")
    .setAudience(Audience.SUBGRAPH)
    .sign(new TextEncoder().encode(SECRET));
}
const valid = () => ({ rid: "r-1", jti: randomUUID(), iat: now(), exp: now() + 30 });

describe("verifyActorToken", () => {
  it("returns the actor, the signed request id and the credential's id", async () => {
    const verified = await verifyActorToken(await signActor(officer, SECRET, "r-42"), SECRET);
    expect(verified).toMatchObject({ actor: officer, requestId: "r-42" });
    expect(verified.expiresAt - now()).toBeLessThanOrEqual(30);
    expect(verified.tokenId).toEqual(expect.any(String));
  });

  it("accepts a credential built to the format by hand", async () => {
    await expect(verifyActorToken(await credential(valid()), SECRET)).resolves.toMatchObject({ requestId: "r-1" });
  });

  it.each([
    ["no exp", { exp: undefined }],
    ["an exp ten years away", { exp: now() + 10 * 365 * 86_400 }],
    ["a lifetime of 61 s", { iat: now(), exp: now() + 61 }],
    ["no iat", { iat: undefined }],
    ["an iat in the future", { iat: now() + 120, exp: now() + 130 }],
    ["an iat older than the longest lifetime", { iat: now() - 120, exp: now() + 5 }],
    ["an expired credential", { iat: now() - 50, exp: now() - 20 }],
    ["no jti", { jti: undefined }],
    ["no request id", { rid: undefined }],
  ])("refuses a credential with %s", async (_case, bent) => {
    await expect(verifyActorToken(await credential({ ...valid(), ...bent }), SECRET)).rejects.toThrow();
  });

  it("refuses a lifetime longer than the receiver's configured maximum", async () => {
    const token = await credential({ ...valid(), exp: now() + 30 });
    await expect(verifyActorToken(token, SECRET, { maxLifetimeSeconds: 10 })).rejects.toThrow();
  });
});
