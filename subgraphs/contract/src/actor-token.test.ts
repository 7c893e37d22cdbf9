import { createHmac } from "node:crypto";
import { parseActor, type Actor } from "./actor";
import { Audience, signActor, verifyActorToken } from "./actor-token";

const SECRET = "contract-test-secret-that-is-long-enough-0123";
const judge: Actor = {
  userId: "u-9",
  name: "李法官",
  organisationId: "court-1",
  department: "COURT",
  jurisdictionCode: "150102",
  roles: ["JUDGE"],
};
const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
const sign = (input: string, secret = SECRET) => createHmac("sha256", secret).update(input).digest("base64url");

async function bent(change: (parts: { header: object; claims: Record<string, unknown> }) => void, secret = SECRET): Promise<string> {
  const [, payload] = (await signActor(judge, SECRET, "r-1")).split(".");
  const parts = { header: { alg: "HS256" } as object, claims: JSON.parse(Buffer.from(payload ?? "", "base64url").toString()) };
  change(parts);
  const input = `${encode(parts.header)}.${encode(parts.claims)}`;
  return `${input}.${sign(input, secret)}`;
}

describe("the actor's signature (both ends)", () => {
  it("verifies what it signs, with the request and a fresh credential id each time", async () => {
    const first = await verifyActorToken(await signActor(judge, SECRET, "r-1"), SECRET);
    const second = await verifyActorToken(await signActor(judge, SECRET, "r-1"), SECRET);
    expect(first).toMatchObject({ actor: judge, requestId: "r-1" });
    expect(first.tokenId).not.toBe(second.tokenId);
    await expect(verifyActorToken(await bent(() => undefined), SECRET)).resolves.toMatchObject({ actor: judge });
  });

  it.each<[string, (parts: { header: object; claims: Record<string, unknown> }) => void]>([
    ["alg none", (parts) => (parts.header = { alg: "none" })],
    ["a critical header extension", (parts) => (parts.header = { alg: "HS256", crit: ["b64"], b64: false })],
    ["another issuer", (parts) => (parts.claims.iss = "someone-else")],
    ["the gateway's audience", (parts) => (parts.claims.aud = Audience.GATEWAY)],
    ["a not-before in the future", (parts) => (parts.claims.nbf = Math.floor(Date.now() / 1000) + 600)],
    ["an actor with an unknown role", (parts) => (parts.claims.actor = { ...judge, roles: ["EMPEROR"] })],
  ])("refuses a credential with %s", async (_case, change) => {
    await expect(verifyActorToken(await bent(change), SECRET)).rejects.toThrow();
  });

  it("refuses a credential signed with another secret, or with its signature spelled another way", async () => {
    await expect(verifyActorToken(await bent(() => undefined, "another-secret-that-is-long-enough-012345"), SECRET)).rejects.toThrow(
      /signature/,
    );
    const token = await signActor(judge, SECRET, "r-1");
    const last = token.at(-1) ?? "";
    // The last character of a 32-byte signature carries two spare bits: a different spelling of the same bytes.
    const sameBytes = token.slice(0, -1) + String.fromCharCode(last.charCodeAt(0) ^ 1);
    await expect(verifyActorToken(sameBytes, SECRET)).rejects.toThrow();
    await expect(verifyActorToken(`${token}x`, SECRET)).rejects.toThrow();
  });
});

describe("parseActor", () => {
  it("keeps only the actor's fields", () => {
    expect(parseActor({ ...judge, admin: true })).toEqual(judge);
  });

  it("names every field that does not fit", () => {
    expect(() => parseActor({ ...judge, department: "MINISTRY", jurisdictionCode: "110101", roles: ["JUDGE", 7] })).toThrow(
      /department.*jurisdictionCode.*roles\.1/,
    );
  });
});
