import { parseEnv } from "@hub/contract";
import { z } from "zod";

export { ConfigError, parseEnv } from "@hub/contract";

const port = z.coerce.number().int().min(0).max(65535);

/** The variables every subgraph reads. */
export const subgraphEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: port,
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  HUB_GATEWAY_SECRET: z.string().min(32, "must be at least 32 characters: it signs the gateway's forwarded identity"),
  /** During a rotation, the secret being retired: credentials signed with it are still accepted. */
  HUB_GATEWAY_SECRET_PREVIOUS: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().min(32, "must be at least 32 characters, like HUB_GATEWAY_SECRET").optional(),
  ),
  /** The longest lifetime of a forwarded actor credential accepted (`exp - iat`; at most 60 s). */
  HUB_ACTOR_MAX_SECONDS: z.coerce.number().int().min(1).max(60).default(60),
  /** Where a subgraph reads other departments' data: through the graph, never their databases. */
  HUB_GATEWAY_URL: z
    .url({ protocol: /^https?$/, message: "must be the gateway's http(s) GraphQL URL" })
    .default("http://127.0.0.1:4000/graphql"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  MIGRATE_ON_START: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true"),
});

export type SubgraphEnv = z.infer<typeof subgraphEnvSchema>;

export function loadSubgraphEnv(defaults: { PORT: number }, source: NodeJS.ProcessEnv = process.env): SubgraphEnv {
  return parseEnv(subgraphEnvSchema, { PORT: String(defaults.PORT), ...source });
}
