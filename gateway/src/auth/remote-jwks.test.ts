import http from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, type JSONWebKeySet } from "jose";
import { AUDIENCE, createTestIssuer, ISSUER, type TestIssuer } from "../../test/tokens";
import { createTokenVerifier, TokenRejected } from "./verifier";

let issuer: TestIssuer;
let published: JSONWebKeySet;
let fetches = 0;
let server: http.Server;
let url: URL;

beforeAll(async () => {
  issuer = await createTestIssuer();
  published = issuer.jwks;
  server = http.createServer((_req, res) => {
    fetches += 1;
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(published));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it("verifies tokens against the provider's JWKS URL, fetched once and cached", async () => {
  fetches = 0;
  const verify = createTokenVerifier({ jwks: url, issuer: ISSUER, audience: AUDIENCE });
  for (let i = 0; i < 3; i += 1) expect((await verify(await issuer.sign())).userId).toBe("u-1001");
  expect(fetches).toBe(1);
});

it("follows a key rollover without a restart: a new kid fetches the set again; a key withdrawn stops working", async () => {
  fetches = 0;
  const verify = createTokenVerifier({ jwks: url, issuer: ISSUER, audience: AUDIENCE, remoteKeys: { cooldownMs: 0, cacheMaxAgeMs: 0 } });
  await verify(await issuer.sign());

  const next = await generateKeyPair("ES256");
  const nextKey = { ...(await exportJWK(next.publicKey)), kid: "k2", alg: "ES256", use: "sig" };
  published = { keys: [...issuer.jwks.keys, nextKey] };
  expect((await verify(await issuer.sign(undefined, { kid: "k2", key: next.privateKey }))).userId).toBe("u-1001");
  expect(fetches).toBe(2);

  published = { keys: [nextKey] };
  await expect(verify(await issuer.sign())).rejects.toBeInstanceOf(TokenRejected);
});

it("refuses every token while the provider cannot be reached, as invalid rather than as an error", async () => {
  const verify = createTokenVerifier({
    jwks: new URL("http://127.0.0.1:1/jwks.json"),
    issuer: ISSUER,
    audience: AUDIENCE,
    remoteKeys: { timeoutMs: 500 },
  });
  await expect(verify(await issuer.sign())).rejects.toMatchObject({ reason: "invalid" });
});
