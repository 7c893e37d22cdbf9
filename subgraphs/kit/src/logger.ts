import { REDACTED_LOG_PATHS } from "@hub/contract";
import pino, { type Logger } from "pino";
import { traceFields } from "@hub/telemetry";

export type { Logger };

/** Structured JSON logs, one line per event, always naming the service, and the trace when one is recorded. */
export function createLogger(service: string, level: string = "info"): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: traceFields,
    redact: { paths: REDACTED_LOG_PATHS, remove: true },
  });
}
