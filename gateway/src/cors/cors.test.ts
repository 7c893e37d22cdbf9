import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SDK_REQUEST_HEADERS } from "../../../clients/sdk/src/client";
import { startFakeSubgraph, type FakeSubgraph } from "../../test/fake-subgraph";
import { CENTER_SDL, compose, startGateway, tempSupergraph, type RunningGateway } from "../../test/harness";
import { createTestIssuer, type TestIssuer } from "../../test/tokens";
import { loadGatewayConfig } from "../env";

const CONSOLE = "http://localhost:5173";
const ELSEWHERE = "https://evil.example";

let issuer: TestIssuer;
let center: FakeSubgraph;
let gateway: RunningGateway;
let closed: RunningGateway;

beforeAll(async () => {
  issuer = await createTestIssuer();
  center = await startFakeSubgraph("center", CENTER_SDL, { Query: { cases: () => [{ id: "c1", title: "邻里纠纷" }] } });
  const supergraphPath = tempSupergraph(compose([center]));
  gateway = await startGateway([center], issuer, { supergraphPath, corsOrigins: [CONSOLE] });
  closed = await startGateway([center], issuer, { supergraphPath });
});
afterAll(async () => {
  await Promise.all([gateway.stop(), closed.stop()]);
  await center.stop();
});

const preflight = (base: string, origin: string, headers = SDK_REQUEST_HEADERS.join(", "), method = "POST") =>
  fetch(`${base}/graphql`, {
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": method, "access-control-request-headers": headers },
  });

describe("CORS at the gateway", () => {
  it("answers a preflight from an allowed origin with 204, credentials and every header the SDK sends", async () => {
    const response = await preflight(gateway.base, CONSOLE);
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(CONSOLE);
    expect(response.headers.get("access-control-allow-credentials")).toBe("true");
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
    const allowed = (response.headers.get("access-control-allow-headers") ?? "").split(", ");
    expect(SDK_REQUEST_HEADERS.filter((header) => !allowed.includes(header))).toEqual([]);
    expect(response.headers.get("vary")).toContain("Origin");
  });

  it("refuses a preflight from another origin, for another method or with another header, with no CORS headers", async () => {
    for (const response of [
      await preflight(gateway.base, ELSEWHERE),
      await preflight(gateway.base, CONSOLE, "content-type, x-forged-actor"),
      await preflight(gateway.base, CONSOLE, "content-type", "DELETE"),
      await preflight(closed.base, CONSOLE),
    ]) {
      expect(response.status).toBe(403);
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
    }
  });

  it("lets a page of an allowed origin read the answer and its request id, and gives another origin nothing to read", async () => {
    const token = await issuer.sign();
    const allowed = await gateway.post({ query: "{ cases { id } }" }, { origin: CONSOLE, authorization: `Bearer ${token}` });
    expect(allowed.status).toBe(200);
    expect(allowed.data).toEqual({ cases: [{ id: "c1" }] });
    expect(allowed.headers.get("access-control-allow-origin")).toBe(CONSOLE);
    expect(allowed.headers.get("access-control-expose-headers")).toContain("x-request-id");

    const other = await gateway.post({ query: "{ cases { id } }" }, { origin: ELSEWHERE, authorization: `Bearer ${token}` });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    expect(other.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("keeps CSRF prevention for requests a browser sends without a preflight, even from an allowed origin", async () => {
    const token = await issuer.sign();
    const simplePost = await fetch(gateway.url, {
      method: "POST",
      headers: { origin: CONSOLE, "content-type": "text/plain", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ cases { id } }" }),
    });
    expect(simplePost.status).toBe(400);
    expect(await simplePost.text()).toContain("CSRF");
    const simpleGet = await fetch(`${gateway.url}?query=${encodeURIComponent("{ cases { id } }")}`, {
      headers: { origin: CONSOLE, accept: "application/json", authorization: `Bearer ${token}` },
    });
    expect(simpleGet.status).toBe(400);
    expect(await simpleGet.text()).toContain("CSRF");
  });
});

describe("HUB_CORS_ORIGINS", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "hub-cors-env-"));
  const supergraph = path.join(dir, "supergraph.graphql");
  writeFileSync(supergraph, "type Query { a: Int }");
  const env = (overrides: Record<string, string>) => ({
    SUPERGRAPH_PATH: supergraph,
    HUB_GATEWAY_SECRET: "s".repeat(32),
    HUB_JWT_JWKS: JSON.stringify(issuer.jwks),
    HUB_JWT_ISSUER: "https://idp.example",
    HUB_JWT_AUDIENCE: "dispute-hub",
    ...overrides,
  });

  it("allows no origin unless configured, in production too", () => {
    expect(loadGatewayConfig(env({ NODE_ENV: "production" })).corsOrigins).toEqual([]);
    expect(loadGatewayConfig(env({ HUB_CORS_ORIGINS: `${CONSOLE}, https://console.example.gov.cn` })).corsOrigins).toEqual([
      CONSOLE,
      "https://console.example.gov.cn",
    ]);
  });

  it("refuses anything that is not an origin, naming the variable", () => {
    for (const value of ["*", "localhost:5173", "https://console.example.gov.cn/app"]) {
      expect(() => loadGatewayConfig(env({ HUB_CORS_ORIGINS: value }))).toThrow(/HUB_CORS_ORIGINS/);
    }
  });
});
