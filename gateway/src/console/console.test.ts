import { mkdtempSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError } from "@hub/contract";
import express from "express";
import { decodeJwt, exportJWK, generateKeyPair } from "jose";
import { loadGatewayConfig } from "../env";
import { consoleRouter } from "./console-router";
import { localSignInFromFile } from "./local-sign-in-file";

const dir = mkdtempSync(path.join(tmpdir(), "hub-console-"));
writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>console</title>");
const supergraph = path.join(dir, "supergraph.graphql");
writeFileSync(supergraph, "type Query { a: Int }");
const signInFile = path.join(dir, "local-sign-in.json");
let publicJwks: string;

beforeAll(async () => {
  const { publicKey, privateKey } = await generateKeyPair("ES256", { extractable: true });
  publicJwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: "k1" }] });
  writeFileSync(
    signInFile,
    JSON.stringify({
      issuer: "hub-local-identity",
      audience: "dispute-hub",
      signingKey: { ...(await exportJWK(privateKey)), kid: "k1", alg: "ES256" },
      users: [
        {
          key: "mediator",
          userId: "demo-mediator",
          name: "张其木格",
          department: "JUSTICE",
          roles: ["MEDIATOR"],
          organisationId: "c1",
          jurisdictionCode: "150202",
        },
      ],
    }),
  );
});

async function serve(router: express.Router): Promise<{ url: string; close: () => void }> {
  const app = express();
  app.use("/console", router);
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/console`, close: () => server.close() };
}

describe("the console at /console/", () => {
  it("signs demo users in locally: lists them and issues a token carrying that user's identity", async () => {
    const site = await serve(consoleRouter({ dir, localSignIn: localSignInFromFile(signInFile) }));
    try {
      expect(await (await fetch(`${site.url}/config.json`)).json()).toEqual({ mode: "local" });
      const { users } = (await (await fetch(`${site.url}/local-sign-in/users`)).json()) as { users: unknown[] };
      expect(users).toEqual([{ key: "mediator", name: "张其木格", department: "JUSTICE", roles: ["MEDIATOR"] }]);
      const issued = await fetch(`${site.url}/local-sign-in/token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ userKey: "mediator" }),
      });
      const { token } = (await issued.json()) as { token: string };
      expect(decodeJwt(token)).toMatchObject({ sub: "demo-mediator", org: "c1", jur: "150202", roles: ["MEDIATOR"], aud: "dispute-hub" });
      const unknown = await fetch(`${site.url}/local-sign-in/token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
      expect(unknown.status).toBe(404);
    } finally {
      site.close();
    }
  });

  it("has no local sign-in where it is not configured (production): the OIDC provider is named instead", async () => {
    const site = await serve(consoleRouter({ dir, oidc: { authority: "https://idp.example", clientId: "console", scope: "openid" } }));
    try {
      expect(await (await fetch(`${site.url}/config.json`)).json()).toEqual({
        mode: "oidc",
        oidc: { authority: "https://idp.example", clientId: "console", scope: "openid" },
      });
      const page = await fetch(`${site.url}/local-sign-in/users`);
      expect(await page.text()).toContain("<title>console</title>");
    } finally {
      site.close();
    }
  });

  it("serves its page for every path of the console, allowing no other origin", async () => {
    const site = await serve(consoleRouter({ dir }));
    try {
      const page = await fetch(`${site.url}/case/42`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("<title>console</title>");
      const policy = page.headers.get("content-security-policy") ?? "";
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("connect-src 'self'");
    } finally {
      site.close();
    }
  });

  it("refuses the local sign-in in production", () => {
    const source = {
      NODE_ENV: "production",
      SUPERGRAPH_PATH: supergraph,
      HUB_GATEWAY_SECRET: "s".repeat(32),
      HUB_JWT_JWKS: publicJwks,
      HUB_JWT_ISSUER: "https://idp.example",
      HUB_JWT_AUDIENCE: "dispute-hub",
      HUB_CONSOLE_DIR: dir,
      HUB_LOCAL_SIGN_IN_FILE: signInFile,
    };
    expect(() => loadGatewayConfig(source)).toThrow(ConfigError);
    expect(() => loadGatewayConfig(source)).toThrow(/HUB_LOCAL_SIGN_IN_FILE/);
    const local = loadGatewayConfig({ ...source, NODE_ENV: "development" });
    expect(local.console?.localSignIn?.users.map((user) => user.key)).toEqual(["mediator"]);
  });
});
