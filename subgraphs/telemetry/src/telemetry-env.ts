import { z } from "zod";

const blankAsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** `key=value,key=value` (e.g. an OTLP collector's authorization header). */
const headerList = z.string().transform((text, ctx) => {
  const headers: Record<string, string> = {};
  for (const pair of text
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "")) {
    const at = pair.indexOf("=");
    if (at < 1) {
      ctx.addIssue({ code: "custom", message: "must list key=value pairs separated by commas" });
      return z.NEVER;
    }
    headers[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return headers;
});

/** Tracing and metrics, read by the gateway and every subgraph alike. */
export const telemetryEnvShape = {
  /** OTLP/HTTP traces endpoint, e.g. http://otel-collector:4318/v1/traces; unset: no tracing at all. */
  HUB_OTLP_ENDPOINT: z.preprocess(
    blankAsUnset,
    z
      .url({ protocol: /^https?$/, message: "must be the collector's http(s) OTLP traces URL, e.g. http://127.0.0.1:4318/v1/traces" })
      .optional(),
  ),
  /** Headers sent with every OTLP export (`key=value,…`), e.g. the collector's credentials. */
  HUB_OTLP_HEADERS: z.preprocess(blankAsUnset, headerList.optional()),
  /** Share of new traces recorded (0-1); a request that arrives with a sampled parent is always recorded. */
  HUB_TRACE_SAMPLE_RATIO: z.coerce.number().min(0).max(1).default(1),
  /** Serve /metrics on this port only (bound to HUB_METRICS_HOST), not on the service's own port. */
  HUB_METRICS_PORT: z.preprocess(blankAsUnset, z.coerce.number().int().min(0).max(65535).optional()),
  /** Address the separate metrics port binds to. */
  HUB_METRICS_HOST: z.string().min(1).default("127.0.0.1"),
  /** Bearer token a scraper presents for /metrics (at least 16 characters). */
  HUB_METRICS_TOKEN: z.preprocess(blankAsUnset, z.string().min(16, "must be at least 16 characters").optional()),
  /** Peer addresses that may read /metrics on the service's own port without the token (the TCP peer, never X-Forwarded-For). */
  HUB_METRICS_ALLOW: z
    .string()
    .default("127.0.0.1,::1,::ffff:127.0.0.1")
    .transform((value) =>
      value
        .split(",")
        .map((item) => item.trim())
        .filter((item) => item !== ""),
    ),
};

export const telemetryEnvSchema = z.object(telemetryEnvShape);
export type TelemetryEnv = z.infer<typeof telemetryEnvSchema>;
