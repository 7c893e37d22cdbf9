import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError } from "@hub/contract";
import { exportJWK, generateKeyPair } from "jose";
import { loadGatewayConfig } from "./env";
import { DEFAULT_LIMITS } from "./limits/config";
import { DEFAULT_RATE_LIMITS } from "./rate-limit/config";

const dir = mkdtempSync(path.join(tmpdir(), "hub-gateway-env-limits-"));
const supergraph = path.join(dir, "supergraph.graphql");
writeFileSync(supergraph, "type Query { a: Int }");
let jwks: string;

beforeAll(async () => {
  const { publicKey } = await generateKeyPair("ES256", { extractable: true });
  jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: "k1" }] });
});

const env = (overrides: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  SUPERGRAPH_PATH: supergraph,
  HUB_GATEWAY_SECRET: "s".repeat(32),
  HUB_JWT_JWKS: jwks,
  HUB_JWT_ISSUER: "https://idp.example",
  HUB_JWT_AUDIENCE: "dispute-hub",
  ...overrides,
});

function refusal(overrides: Record<string, string>): string {
  try {
    loadGatewayConfig(env(overrides));
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error("the configuration was accepted");
}

describe("limits, rate limits, persisted operations and production mode from the environment", () => {
  it("defaults to the documented limits, rate limits on, and partner systems bound to the committed manifest", () => {
    const config = loadGatewayConfig(env());
    expect(config.limits).toEqual(DEFAULT_LIMITS);
    expect(config.rateLimits).toEqual(DEFAULT_RATE_LIMITS);
    expect(config.persistedOperations.onlyFor).toEqual(["PARTNER_SYSTEM"]);
    expect(config.persistedOperations.manifest.operations.map((operation) => operation.name)).toEqual(
      expect.arrayContaining(["ListDisputes", "ReceiveDispute", "WholeCase"]),
    );
    expect(config.trustProxy).toBe(false);
    expect(config.production).toBe(false);
  });

  it("reads each limit and budget", () => {
    const config = loadGatewayConfig(
      env({
        HUB_MAX_DEPTH: "7",
        HUB_MAX_COST: "5000",
        HUB_MAX_BODY_BYTES: "2048",
        HUB_OPERATION_TIMEOUT_MS: "1500",
        HUB_RATE_LIMIT_INTAKE_BURST: "2",
        HUB_RATE_LIMIT_INTAKE_PER_MINUTE: "0.5",
        HUB_RATE_LIMIT_INTAKE_FIELDS: "submitPublicDispute, reportByGrid",
        HUB_PERSISTED_ONLY_FOR: "*",
        HUB_TRUST_PROXY: "1",
      }),
    );
    expect(config.limits).toMatchObject({ maxDepth: 7, maxCost: 5000, maxBodyBytes: 2048, operationTimeoutMs: 1500 });
    expect(config.rateLimits?.intake).toEqual({ burst: 2, perMinute: 0.5 });
    expect(config.rateLimits?.intakeFields).toEqual(["submitPublicDispute", "reportByGrid"]);
    expect(config.persistedOperations.onlyFor).toEqual(["*"]);
    expect(config.trustProxy).toBe(1);
    expect(loadGatewayConfig(env({ HUB_RATE_LIMITS: "false", HUB_PERSISTED_ONLY_FOR: "" })).rateLimits).toBeUndefined();
  });

  it("shares the rate limits through Redis only when HUB_RATE_LIMIT_REDIS_URL is set, falling back locally by default", () => {
    expect(loadGatewayConfig(env()).rateLimits?.shared).toBeUndefined();
    expect(loadGatewayConfig(env({ HUB_RATE_LIMIT_REDIS_URL: "redis://cache.internal:6379/2" })).rateLimits?.shared).toEqual({
      redisUrl: "redis://cache.internal:6379/2",
      whenDown: "local",
      timeoutMs: 250,
    });
    const closed = loadGatewayConfig(
      env({
        HUB_RATE_LIMIT_REDIS_URL: "rediss://cache.internal",
        HUB_RATE_LIMIT_REDIS_WHEN_DOWN: "closed",
        HUB_RATE_LIMIT_REDIS_TIMEOUT_MS: "100",
      }),
    );
    expect(closed.rateLimits?.shared).toMatchObject({ whenDown: "closed", timeoutMs: 100 });
  });

  it("turns production mode on with NODE_ENV=production or HUB_PRODUCTION_MODE=true", () => {
    expect(loadGatewayConfig(env({ NODE_ENV: "production" })).production).toBe(true);
    expect(loadGatewayConfig(env({ NODE_ENV: "development", HUB_PRODUCTION_MODE: "true" })).production).toBe(true);
  });

  it.each([
    [{ HUB_MAX_DEPTH: "0" }, "HUB_MAX_DEPTH"],
    [{ HUB_MAX_COST: "lots" }, "HUB_MAX_COST"],
    [{ HUB_RATE_LIMIT_PER_MINUTE: "-1" }, "HUB_RATE_LIMIT_PER_MINUTE"],
    [{ HUB_PRODUCTION_MODE: "yes" }, "HUB_PRODUCTION_MODE"],
    [{ HUB_RATE_LIMIT_REDIS_URL: "http://cache.internal:6379" }, "HUB_RATE_LIMIT_REDIS_URL"],
    [{ HUB_RATE_LIMIT_REDIS_WHEN_DOWN: "maybe" }, "HUB_RATE_LIMIT_REDIS_WHEN_DOWN"],
    [{ HUB_PERSISTED_ONLY_FOR: "PARTNER_SYSTEM,ROBOT" }, "HUB_PERSISTED_ONLY_FOR"],
    [{ HUB_PERSISTED_OPERATIONS_FILE: path.join(dir, "missing.json") }, "HUB_PERSISTED_OPERATIONS_FILE"],
  ])("refuses %j naming the variable", (overrides, variable) => {
    expect(refusal(overrides)).toContain(variable);
  });

  it("refuses a manifest whose id is not the hash of its body", () => {
    const tampered = path.join(dir, "tampered.json");
    writeFileSync(
      tampered,
      JSON.stringify({
        format: "apollo-persisted-query-manifest",
        version: 1,
        operations: [{ id: "0".repeat(64), name: "X", type: "query", body: "{ a }" }],
      }),
    );
    expect(refusal({ HUB_PERSISTED_OPERATIONS_FILE: tampered })).toMatch(/HUB_PERSISTED_OPERATIONS_FILE.*sha256/);
  });
});
