// Imported first by each service's index.ts: tracing must hook `pg`, `graphql` and `http`
// before anything requires them. Off unless HUB_OTLP_ENDPOINT is set.
import path from "node:path";
import { ConfigError, onStopped, parseEnv } from "@hub/contract";
import { shutdownTracing } from "./active-tracing";
import { telemetryEnvSchema } from "./telemetry-env";
import { startTracing, type Tracing } from "./tracing";

/** `gateway` or the department, from the program's path (`subgraphs/<name>/…` or `gateway/…`). */
export function serviceOfEntry(entry: string): string {
  const parts = path.resolve(entry).split(path.sep);
  const at = parts.lastIndexOf("subgraphs");
  if (at >= 0 && parts[at + 1]) return parts[at + 1] as string;
  return parts.includes("gateway") ? "gateway" : path.basename(entry).replace(/\.[cm]?[jt]s$/, "");
}

function startFromEnv(): Tracing | null {
  let env;
  try {
    env = parseEnv(telemetryEnvSchema);
  } catch (error) {
    // The service's own start reports the bad variable and exits (EX_CONFIG); nothing to trace.
    if (error instanceof ConfigError) return null;
    throw error;
  }
  if (!env.HUB_OTLP_ENDPOINT) return null;
  const service = serviceOfEntry(process.argv[1] ?? "hub");
  return startTracing({
    service,
    exporter: { endpoint: env.HUB_OTLP_ENDPOINT, ...(env.HUB_OTLP_HEADERS ? { headers: env.HUB_OTLP_HEADERS } : {}) },
    sampleRatio: env.HUB_TRACE_SAMPLE_RATIO,
    resolvers: service !== "gateway",
  });
}

/** The process's tracing, when configured; flushed once the service has stopped (`runUntilSignalled`). */
export const processTracing: Tracing | null = startFromEnv();
if (processTracing) onStopped(shutdownTracing);
