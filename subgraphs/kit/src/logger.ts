import { REDACTED_LOG_PATHS } from "@hub/contract";
import pino, { type Logger } from "pino";

export type { Logger };

/** Structured JSON logs, one line per event, always naming the service. */
export function createLogger(service: string, level: string = "info"): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_LOG_PATHS, remove: true },
  });
}
