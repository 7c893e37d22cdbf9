import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError } from "@hub/contract";
import { exportJWK, generateKeyPair, type JSONWebKeySet } from "jose";
import { DEFAULT_SUPERGRAPH_PATH, gatewayEnvSchema, loadGatewayConfig } from "./env";

const dir = mkdtempSync(path.join(tmpdir(), "hub-gateway-env-"));
const supergraph = path.join(dir, "supergraph.graphql");
writeFileSync(supergraph, "type Query { a: Int }");
let publicJwks: string;
let privateJwks: string;

beforeAll(async () => {
  const { publicKey, privateKey } = await generateKeyPair("ES256", { extractable: true });
  publicJwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: "k1" }] });
  privateJwks = JSON.stringify({ keys: [await exportJWK(privateKey)] });
});

function env(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return {
    SUPERGRAPH_PATH: supergraph,
    HUB_GATEWAY_SECRET: "s".repeat(32),
    HUB_JWT_JWKS: publicJwks,
    HUB_JWT_ISSUER: "https://idp.example",
    HUB_JWT_AUDIENCE: "dispute-hub",
    ...overrides,
  };
}

const keysOf = (jwks: JSONWebKeySet | URL) => (jwks instanceof URL ? [] : jwks.keys);

function configError(source: NodeJS.ProcessEnv): string {
  try {
    loadGatewayConfig(source);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error("the configuration was accepted");
}

describe("loadGatewayConfig", () => {
  it("applies the defaults", () => {
    const config = loadGatewayConfig(env());
    expect(config).toMatchObject({
      port: 4000,
      host: "0.0.0.0",
      logLevel: "info",
      production: false,
      supergraphPath: supergraph,
      subgraphTimeoutMs: 30_000,
      subgraphUrls: {
        center: "http://127.0.0.1:4001/graphql",
        justice: "http://127.0.0.1:4002/graphql",
        court: "http://127.0.0.1:4003/graphql",
        procuratorate: "http://127.0.0.1:4004/graphql",
      },
      jwtIssuer: "https://idp.example",
      jwtAudience: "dispute-hub",
    });
    expect(keysOf(config.jwks)).toHaveLength(1);
  });

  it("defaults the supergraph to the repository's schema/supergraph.graphql", () => {
    expect(DEFAULT_SUPERGRAPH_PATH).toBe(path.resolve(__dirname, "..", "..", "schema", "supergraph.graphql"));
    expect(gatewayEnvSchema.parse(env({ SUPERGRAPH_PATH: undefined })).SUPERGRAPH_PATH).toBe(DEFAULT_SUPERGRAPH_PATH);
  });

  it("reads the JWKS from a file", () => {
    const file = path.join(dir, "jwks.json");
    writeFileSync(file, publicJwks);
    expect(keysOf(loadGatewayConfig(env({ HUB_JWT_JWKS: undefined, HUB_JWT_JWKS_FILE: file })).jwks)).toHaveLength(1);
  });

  it.each([
    ["a missing gateway secret", { HUB_GATEWAY_SECRET: undefined }, "HUB_GATEWAY_SECRET"],
    ["a short gateway secret", { HUB_GATEWAY_SECRET: "too-short" }, "HUB_GATEWAY_SECRET"],
    ["no JWKS at all", { HUB_JWT_JWKS: undefined }, "HUB_JWT_JWKS: set exactly one"],
    ["both JWKS forms", { HUB_JWT_JWKS_FILE: "/etc/jwks.json" }, "HUB_JWT_JWKS: set exactly one"],
    ["a JWKS that is not JSON", { HUB_JWT_JWKS: "{keys:" }, "HUB_JWT_JWKS: is not valid JSON"],
    ["an empty JWKS", { HUB_JWT_JWKS: '{"keys":[]}' }, "HUB_JWT_JWKS"],
    ["a symmetric key", { HUB_JWT_JWKS: '{"keys":[{"kty":"oct","k":"c2VjcmV0"}]}' }, "HUB_JWT_JWKS: keys.0.kty"],
    ["an unreadable JWKS file", { HUB_JWT_JWKS: undefined, HUB_JWT_JWKS_FILE: "/nonexistent/jwks.json" }, "HUB_JWT_JWKS_FILE: cannot read"],
    ["a missing issuer", { HUB_JWT_ISSUER: undefined }, "HUB_JWT_ISSUER"],
    ["a missing audience", { HUB_JWT_AUDIENCE: "" }, "HUB_JWT_AUDIENCE"],
    ["a subgraph URL that is not http", { COURT_URL: "ftp://court/graphql" }, "COURT_URL"],
    ["a bad port", { PORT: "70000" }, "PORT"],
    ["an unknown NODE_ENV", { NODE_ENV: "staging" }, "NODE_ENV"],
    ["a missing supergraph file", { SUPERGRAPH_PATH: "/nonexistent/supergraph.graphql" }, "SUPERGRAPH_PATH: cannot read"],
  ])("stops on %s, naming the variable", (_case, overrides, expected) => {
    expect(configError(env(overrides))).toContain(expected);
  });

  it("refuses a JWKS holding a private key", () => {
    expect(configError(env({ HUB_JWT_JWKS: privateJwks }))).toMatch(/HUB_JWT_JWKS: .*private key/);
  });

  it("treats a blank JWKS variable as unset", () => {
    const file = path.join(dir, "jwks-blank.json");
    writeFileSync(file, publicJwks);
    expect(keysOf(loadGatewayConfig(env({ HUB_JWT_JWKS: "  ", HUB_JWT_JWKS_FILE: file })).jwks)).toHaveLength(1);
  });

  it("recognises production", () => {
    expect(loadGatewayConfig(env({ NODE_ENV: "production" })).production).toBe(true);
  });

  it("serves the 解纷码 page from HUB_INTAKE_DIR only when it holds a built page", () => {
    expect(loadGatewayConfig(env()).intake).toBeUndefined();
    const built = mkdtempSync(path.join(tmpdir(), "hub-intake-dist-"));
    expect(configError(env({ HUB_INTAKE_DIR: built }))).toContain("HUB_INTAKE_DIR");
    writeFileSync(path.join(built, "index.html"), "<!doctype html>");
    expect(loadGatewayConfig(env({ HUB_INTAKE_DIR: built })).intake).toEqual({ dir: built });
  });
});
