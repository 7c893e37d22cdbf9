import { accessSync, constants, readFileSync } from "node:fs";
import path from "node:path";
import { metricsAccessOf, telemetryEnvShape, type MetricsAccess } from "@hub/telemetry";
import type { JSONWebKeySet } from "jose";
import {
  ConfigError,
  DEFAULT_ACTOR_LIFETIME_SECONDS,
  DEPARTMENT_REGISTRY,
  MAX_ACTOR_LIFETIME_SECONDS,
  parseEnv,
  ROLES,
  type SubgraphName,
} from "@hub/contract";
import { z } from "zod";
import { parseJwks } from "./auth/jwks";
import { DEFAULT_MAX_TOKEN_AGE_SECONDS } from "./auth/verifier";
import { localSignInFromFile } from "./console/local-sign-in-file";
import type { ConsoleOptions } from "./console/options";
import type { IntakeOptions } from "./intake/intake-router";
import { DEFAULT_LIMITS, type OperationLimits } from "./limits/config";
import { EVERYONE, type PersistedOperationsOptions } from "./persisted/allowlist";
import { DEFAULT_MANIFEST_PATH, readManifest, type PersistedOperationsManifest } from "./persisted/manifest";
import { DEFAULT_RATE_LIMITS, WHEN_STORE_DOWN, type RateLimits } from "./rate-limit/config";

/** The committed, composed supergraph: `<repo>/schema/supergraph.graphql` (same depth from src/ and dist/). */
export const DEFAULT_SUPERGRAPH_PATH = path.resolve(__dirname, "../../schema/supergraph.graphql");

/** Each subgraph's name in the supergraph, and the variable holding its URL (subgraphs/registry.json). */
export const SUBGRAPH_URL_VARIABLES = Object.fromEntries(DEPARTMENT_REGISTRY.map((entry) => [entry.name, entry.urlVariable])) as Record<
  SubgraphName,
  string
>;
export type { SubgraphName };

const blankAsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const subgraphUrl = (port: number) =>
  z
    .url({ protocol: /^https?$/, message: "must be an http(s) URL such as http://127.0.0.1:4001/graphql" })
    .default(`http://127.0.0.1:${port}/graphql`);

const count = (fallback: number, min = 1) => z.coerce.number().int().min(min).default(fallback);
const rate = (fallback: number) => z.coerce.number().positive().default(fallback);
const flag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0"], { message: "must be true or false" })
    .default(fallback ? "true" : "false")
    .transform((value) => value === "true" || value === "1");
const list = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value) =>
      value
        .split(",")
        .map((item) => item.trim())
        .filter((item) => item !== ""),
    );
const ROLE_NAMES = new Set<string>(ROLES);
const isOrigin = (value: string) => {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
};

export const gatewayEnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().min(1).default("0.0.0.0"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    SUPERGRAPH_PATH: z.string().min(1).default(DEFAULT_SUPERGRAPH_PATH),
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
    HUB_GATEWAY_SECRET: z.string().min(32, "must be at least 32 characters: it signs the identity forwarded to subgraphs"),
    HUB_GATEWAY_SECRET_PREVIOUS: z.preprocess(
      blankAsUnset,
      z.string().min(32, "must be at least 32 characters, like HUB_GATEWAY_SECRET").optional(),
    ),
    HUB_JWT_JWKS: z.preprocess(blankAsUnset, z.string().optional()),
    HUB_JWT_JWKS_FILE: z.preprocess(blankAsUnset, z.string().optional()),
    /** Lifetime of the actor credential forwarded to subgraphs; subgraphs accept at most 60 s. */
    HUB_ACTOR_TOKEN_SECONDS: z.coerce.number().int().min(1).max(MAX_ACTOR_LIFETIME_SECONDS).default(DEFAULT_ACTOR_LIFETIME_SECONDS),
    /** Bearer tokens issued (`iat`) longer ago than this are refused, whatever their `exp`. */
    HUB_JWT_MAX_AGE_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .max(30 * 86_400)
      .default(DEFAULT_MAX_TOKEN_AGE_SECONDS),
    HUB_JWT_JWKS_URL: z.preprocess(
      blankAsUnset,
      z
        .url({
          protocol: /^https?$/,
          message: "must be the identity provider's JWKS URL, e.g. https://idp.example.gov.cn/.well-known/jwks.json",
        })
        .optional(),
    ),
    HUB_JWT_ISSUER: z.string().min(1, "must name the identity provider that issues bearer tokens"),
    HUB_JWT_AUDIENCE: z.string().min(1, "must name the audience bearer tokens are issued for"),
    HUB_PRODUCTION_MODE: flag(false),
    HUB_TRUST_PROXY: z.preprocess(blankAsUnset, z.string().optional()),
    HUB_MAX_BODY_BYTES: count(DEFAULT_LIMITS.maxBodyBytes, 1024),
    HUB_MAX_DOCUMENT_BYTES: count(DEFAULT_LIMITS.maxDocumentBytes, 256),
    HUB_MAX_TOKENS: count(DEFAULT_LIMITS.maxTokens),
    HUB_MAX_DEPTH: count(DEFAULT_LIMITS.maxDepth),
    HUB_MAX_ALIASES: count(DEFAULT_LIMITS.maxAliases, 0),
    HUB_MAX_ROOT_FIELDS: count(DEFAULT_LIMITS.maxRootFields),
    HUB_MAX_DIRECTIVES: count(DEFAULT_LIMITS.maxDirectives, 0),
    HUB_MAX_COST: count(DEFAULT_LIMITS.maxCost),
    HUB_DEFAULT_LIST_SIZE: count(DEFAULT_LIMITS.defaultListSize),
    HUB_OPERATION_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(DEFAULT_LIMITS.operationTimeoutMs),
    HUB_BODY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(DEFAULT_LIMITS.bodyTimeoutMs),
    HUB_RATE_LIMITS: flag(true),
    HUB_RATE_LIMIT_BURST: count(DEFAULT_RATE_LIMITS.authenticated.burst),
    HUB_RATE_LIMIT_PER_MINUTE: rate(DEFAULT_RATE_LIMITS.authenticated.perMinute),
    HUB_RATE_LIMIT_ANONYMOUS_BURST: count(DEFAULT_RATE_LIMITS.anonymous.burst),
    HUB_RATE_LIMIT_ANONYMOUS_PER_MINUTE: rate(DEFAULT_RATE_LIMITS.anonymous.perMinute),
    HUB_RATE_LIMIT_INTAKE_BURST: count(DEFAULT_RATE_LIMITS.intake.burst),
    HUB_RATE_LIMIT_INTAKE_PER_MINUTE: rate(DEFAULT_RATE_LIMITS.intake.perMinute),
    HUB_RATE_LIMIT_INTAKE_FIELDS: list(DEFAULT_RATE_LIMITS.intakeFields.join(",")),
    /** Shares the budgets between gateway replicas; unset, each process keeps its own. */
    HUB_RATE_LIMIT_REDIS_URL: z.preprocess(
      blankAsUnset,
      z.url({ protocol: /^rediss?$/, message: "must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379/0" }).optional(),
    ),
    HUB_RATE_LIMIT_REDIS_WHEN_DOWN: z.enum(WHEN_STORE_DOWN, { message: `must be one of ${WHEN_STORE_DOWN.join(", ")}` }).default("local"),
    HUB_RATE_LIMIT_REDIS_TIMEOUT_MS: z.coerce.number().int().min(10).max(10_000).default(250),
    HUB_CONSOLE_DIR: z.preprocess(blankAsUnset, z.string().optional()),
    HUB_CONSOLE_OIDC_AUTHORITY: z.preprocess(blankAsUnset, z.url({ protocol: /^https?$/ }).optional()),
    HUB_CONSOLE_OIDC_CLIENT_ID: z.preprocess(blankAsUnset, z.string().optional()),
    HUB_CONSOLE_OIDC_SCOPE: z.string().min(1).default("openid profile"),
    HUB_LOCAL_SIGN_IN_FILE: z.preprocess(blankAsUnset, z.string().optional()),
    HUB_INTAKE_DIR: z.preprocess(blankAsUnset, z.string().optional()),
    HUB_CORS_ORIGINS: list("").refine(
      (items) => items.every(isOrigin),
      "must list origins such as https://console.example.gov.cn or http://localhost:5173 (scheme, host and port; no path)",
    ),
    HUB_PERSISTED_OPERATIONS_FILE: z.string().min(1).default(DEFAULT_MANIFEST_PATH),
    HUB_PERSISTED_ONLY_FOR: list("PARTNER_SYSTEM").refine(
      (items) => items.every((item) => item === EVERYONE || ROLE_NAMES.has(item)),
      `must list roles (${ROLES.join(", ")}) or be ${EVERYONE} for every caller`,
    ),
    ...telemetryEnvShape,
  })
  .superRefine((env, ctx) => {
    const sources = [env.HUB_JWT_JWKS, env.HUB_JWT_JWKS_FILE, env.HUB_JWT_JWKS_URL].filter((value) => value !== undefined);
    if (sources.length !== 1) {
      ctx.addIssue({
        code: "custom",
        path: ["HUB_JWT_JWKS"],
        message:
          "set exactly one of HUB_JWT_JWKS (a JWKS JSON string), HUB_JWT_JWKS_FILE (a path to one) or HUB_JWT_JWKS_URL (the identity provider's JWKS URL)",
      });
    }
    if ((env.HUB_CONSOLE_OIDC_AUTHORITY === undefined) !== (env.HUB_CONSOLE_OIDC_CLIENT_ID === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["HUB_CONSOLE_OIDC_AUTHORITY"],
        message: "set both HUB_CONSOLE_OIDC_AUTHORITY and HUB_CONSOLE_OIDC_CLIENT_ID, or neither",
      });
    }
    const production = env.NODE_ENV === "production" || env.HUB_PRODUCTION_MODE;
    if (production && env.HUB_LOCAL_SIGN_IN_FILE !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["HUB_LOCAL_SIGN_IN_FILE"],
        message: "the local sign-in issues demo tokens and is refused in production; set HUB_CONSOLE_OIDC_* instead",
      });
    }
  });

/** One URL variable per department of the registry, defaulting to its local port. */
export const subgraphUrlsShape = Object.fromEntries(DEPARTMENT_REGISTRY.map((entry) => [entry.urlVariable, subgraphUrl(entry.port)]));
const subgraphUrlsSchema = z
  .object(subgraphUrlsShape)
  .transform(
    (urls) =>
      Object.fromEntries(DEPARTMENT_REGISTRY.map((entry) => [entry.name, String(urls[entry.urlVariable])])) as Record<SubgraphName, string>,
  );

/** Parses both schemas, so a ConfigError names every bad variable of either. */
function parseBoth<A, B>(first: z.ZodType<A>, second: z.ZodType<B>, source: NodeJS.ProcessEnv): [A, B] {
  const issues: string[] = [];
  const attempt = <T>(schema: z.ZodType<T>): T | undefined => {
    try {
      return parseEnv(schema, source);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      issues.push(...error.issues);
      return undefined;
    }
  };
  const a = attempt(first);
  const b = attempt(second);
  if (issues.length || a === undefined || b === undefined) throw new ConfigError(issues);
  return [a, b];
}

export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;

/** Everything the gateway process needs, validated. */
export interface GatewayConfig {
  port: number;
  host: string;
  logLevel: string;
  production: boolean;
  supergraphPath: string;
  subgraphUrls: Record<SubgraphName, string>;
  subgraphTimeoutMs: number;
  gatewaySecret: string;
  /** The secret being retired during a rotation (HUB_GATEWAY_SECRET_PREVIOUS). */
  previousGatewaySecret: string | undefined;
  /** HUB_ACTOR_TOKEN_SECONDS */
  actorTokenSeconds: number;
  /** HUB_JWT_MAX_AGE_SECONDS */
  maxTokenAgeSeconds: number;
  /** The keys, or the URL they are fetched from (HUB_JWT_JWKS_URL). */
  jwks: JSONWebKeySet | URL;
  jwtIssuer: string;
  jwtAudience: string;
  limits: OperationLimits;
  /** Undefined when HUB_RATE_LIMITS=false. */
  rateLimits: RateLimits | undefined;
  persistedOperations: PersistedOperationsOptions;
  /** Origins whose pages may call the gateway (HUB_CORS_ORIGINS); none by default. */
  corsOrigins: string[];
  /** Express's `trust proxy` value. */
  trustProxy: boolean | number | string;
  /** The department console at /console/ (HUB_CONSOLE_DIR); undefined when not served. */
  console: ConsoleOptions | undefined;
  /** Who may read /metrics (HUB_METRICS_*). */
  metrics: MetricsAccess;
  /** The 解纷码 public page at /intake/ (HUB_INTAKE_DIR); undefined when not served. */
  intake: IntakeOptions | undefined;
}

function loadJwks(env: GatewayEnv): JSONWebKeySet | URL {
  if (env.HUB_JWT_JWKS_URL !== undefined) return new URL(env.HUB_JWT_JWKS_URL);
  const [variable, text] =
    env.HUB_JWT_JWKS_FILE === undefined
      ? (["HUB_JWT_JWKS", env.HUB_JWT_JWKS ?? ""] as const)
      : (["HUB_JWT_JWKS_FILE", readJwksFile(env.HUB_JWT_JWKS_FILE)] as const);
  try {
    return parseJwks(text);
  } catch (error) {
    throw new ConfigError([`${variable}: ${(error as Error).message}`]);
  }
}

function readJwksFile(file: string): string {
  try {
    return readFileSync(path.resolve(file), "utf8");
  } catch (error) {
    throw new ConfigError([
      `HUB_JWT_JWKS_FILE: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    ]);
  }
}

function checkReadable(variable: string, file: string): void {
  try {
    accessSync(file, constants.R_OK);
  } catch (error) {
    throw new ConfigError([`${variable}: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`]);
  }
}

/** Reads and validates the gateway's configuration once; throws ConfigError naming each bad variable. */
export function loadGatewayConfig(source: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const [env, subgraphUrls] = parseBoth(gatewayEnvSchema, subgraphUrlsSchema, source);
  const supergraphPath = path.resolve(env.SUPERGRAPH_PATH);
  checkReadable("SUPERGRAPH_PATH", supergraphPath);
  return {
    port: env.PORT,
    host: env.HOST,
    logLevel: env.LOG_LEVEL,
    production: env.NODE_ENV === "production" || env.HUB_PRODUCTION_MODE,
    supergraphPath,
    subgraphUrls,
    subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
    gatewaySecret: env.HUB_GATEWAY_SECRET,
    previousGatewaySecret: env.HUB_GATEWAY_SECRET_PREVIOUS,
    actorTokenSeconds: env.HUB_ACTOR_TOKEN_SECONDS,
    maxTokenAgeSeconds: env.HUB_JWT_MAX_AGE_SECONDS,
    jwks: loadJwks(env),
    jwtIssuer: env.HUB_JWT_ISSUER,
    jwtAudience: env.HUB_JWT_AUDIENCE,
    limits: {
      maxBodyBytes: env.HUB_MAX_BODY_BYTES,
      maxDocumentBytes: env.HUB_MAX_DOCUMENT_BYTES,
      maxTokens: env.HUB_MAX_TOKENS,
      maxDepth: env.HUB_MAX_DEPTH,
      maxAliases: env.HUB_MAX_ALIASES,
      maxRootFields: env.HUB_MAX_ROOT_FIELDS,
      maxDirectives: env.HUB_MAX_DIRECTIVES,
      maxCost: env.HUB_MAX_COST,
      defaultListSize: env.HUB_DEFAULT_LIST_SIZE,
      operationTimeoutMs: env.HUB_OPERATION_TIMEOUT_MS,
      bodyTimeoutMs: env.HUB_BODY_TIMEOUT_MS,
    },
    rateLimits: env.HUB_RATE_LIMITS
      ? {
          authenticated: { burst: env.HUB_RATE_LIMIT_BURST, perMinute: env.HUB_RATE_LIMIT_PER_MINUTE },
          anonymous: { burst: env.HUB_RATE_LIMIT_ANONYMOUS_BURST, perMinute: env.HUB_RATE_LIMIT_ANONYMOUS_PER_MINUTE },
          intake: { burst: env.HUB_RATE_LIMIT_INTAKE_BURST, perMinute: env.HUB_RATE_LIMIT_INTAKE_PER_MINUTE },
          intakeFields: env.HUB_RATE_LIMIT_INTAKE_FIELDS,
          ...(env.HUB_RATE_LIMIT_REDIS_URL === undefined
            ? {}
            : {
                shared: {
                  redisUrl: env.HUB_RATE_LIMIT_REDIS_URL,
                  whenDown: env.HUB_RATE_LIMIT_REDIS_WHEN_DOWN,
                  timeoutMs: env.HUB_RATE_LIMIT_REDIS_TIMEOUT_MS,
                },
              }),
        }
      : undefined,
    persistedOperations: { manifest: loadManifest(env.HUB_PERSISTED_OPERATIONS_FILE), onlyFor: env.HUB_PERSISTED_ONLY_FOR },
    corsOrigins: env.HUB_CORS_ORIGINS,
    trustProxy: trustProxyOf(env.HUB_TRUST_PROXY),
    console: consoleOptionsOf(env),
    metrics: metricsAccessOf(env),
    intake: intakeOptionsOf(env),
  };
}

function intakeOptionsOf(env: GatewayEnv): IntakeOptions | undefined {
  if (env.HUB_INTAKE_DIR === undefined) return undefined;
  const dir = path.resolve(env.HUB_INTAKE_DIR);
  checkReadable("HUB_INTAKE_DIR", path.join(dir, "index.html"));
  return { dir };
}

function consoleOptionsOf(env: GatewayEnv): ConsoleOptions | undefined {
  if (env.HUB_CONSOLE_DIR === undefined) return undefined;
  const dir = path.resolve(env.HUB_CONSOLE_DIR);
  checkReadable("HUB_CONSOLE_DIR", path.join(dir, "index.html"));
  return {
    dir,
    ...(env.HUB_CONSOLE_OIDC_AUTHORITY && env.HUB_CONSOLE_OIDC_CLIENT_ID
      ? { oidc: { authority: env.HUB_CONSOLE_OIDC_AUTHORITY, clientId: env.HUB_CONSOLE_OIDC_CLIENT_ID, scope: env.HUB_CONSOLE_OIDC_SCOPE } }
      : {}),
    ...(env.HUB_LOCAL_SIGN_IN_FILE ? { localSignIn: localSignInFromFile(path.resolve(env.HUB_LOCAL_SIGN_IN_FILE)) } : {}),
  };
}

function loadManifest(file: string): PersistedOperationsManifest {
  try {
    return readManifest(path.resolve(file));
  } catch (error) {
    throw new ConfigError([`HUB_PERSISTED_OPERATIONS_FILE: ${(error as Error).message}`]);
  }
}

/** `true`/`false`, a number of proxy hops, or addresses and subnets (`loopback, 10.0.0.0/8`). */
function trustProxyOf(value: string | undefined): boolean | number | string {
  if (value === undefined || value === "false") return false;
  if (value === "true") return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}
