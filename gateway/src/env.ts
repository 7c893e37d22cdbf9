import { accessSync, constants, readFileSync } from "node:fs";
import path from "node:path";
import { ConfigError, parseEnv } from "@hub/subgraph-kit";
import type { JSONWebKeySet } from "jose";
import { z } from "zod";
import { parseJwks } from "./auth/jwks";

/** The committed, composed supergraph: `<repo>/schema/supergraph.graphql` (same depth from src/ and dist/). */
export const DEFAULT_SUPERGRAPH_PATH = path.resolve(__dirname, "../../schema/supergraph.graphql");

/** Each subgraph's name in the supergraph, and the variable holding its URL. */
export const SUBGRAPH_URL_VARIABLES = {
  center: "CENTER_URL",
  justice: "JUSTICE_URL",
  court: "COURT_URL",
  procuratorate: "PROCURATORATE_URL",
} as const;
export type SubgraphName = keyof typeof SUBGRAPH_URL_VARIABLES;

const blankAsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const subgraphUrl = (port: number) =>
  z
    .url({ protocol: /^https?$/, message: "must be an http(s) URL such as http://127.0.0.1:4001/graphql" })
    .default(`http://127.0.0.1:${port}/graphql`);

export const gatewayEnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().min(1).default("0.0.0.0"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    SUPERGRAPH_PATH: z.string().min(1).default(DEFAULT_SUPERGRAPH_PATH),
    CENTER_URL: subgraphUrl(4001),
    JUSTICE_URL: subgraphUrl(4002),
    COURT_URL: subgraphUrl(4003),
    PROCURATORATE_URL: subgraphUrl(4004),
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
    HUB_GATEWAY_SECRET: z.string().min(32, "must be at least 32 characters: it signs the identity forwarded to subgraphs"),
    HUB_JWT_JWKS: z.preprocess(blankAsUnset, z.string().optional()),
    HUB_JWT_JWKS_FILE: z.preprocess(blankAsUnset, z.string().optional()),
    HUB_JWT_ISSUER: z.string().min(1, "must name the identity provider that issues bearer tokens"),
    HUB_JWT_AUDIENCE: z.string().min(1, "must name the audience bearer tokens are issued for"),
  })
  .superRefine((env, ctx) => {
    if ((env.HUB_JWT_JWKS === undefined) === (env.HUB_JWT_JWKS_FILE === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["HUB_JWT_JWKS"],
        message: "set exactly one of HUB_JWT_JWKS (a JWKS JSON string) or HUB_JWT_JWKS_FILE (a path to one)",
      });
    }
  });

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
  jwks: JSONWebKeySet;
  jwtIssuer: string;
  jwtAudience: string;
}

function loadJwks(env: GatewayEnv): JSONWebKeySet {
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
  const env = parseEnv(gatewayEnvSchema, source);
  const supergraphPath = path.resolve(env.SUPERGRAPH_PATH);
  checkReadable("SUPERGRAPH_PATH", supergraphPath);
  return {
    port: env.PORT,
    host: env.HOST,
    logLevel: env.LOG_LEVEL,
    production: env.NODE_ENV === "production",
    supergraphPath,
    subgraphUrls: {
      center: env.CENTER_URL,
      justice: env.JUSTICE_URL,
      court: env.COURT_URL,
      procuratorate: env.PROCURATORATE_URL,
    },
    subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
    gatewaySecret: env.HUB_GATEWAY_SECRET,
    jwks: loadJwks(env),
    jwtIssuer: env.HUB_JWT_ISSUER,
    jwtAudience: env.HUB_JWT_AUDIENCE,
  };
}
