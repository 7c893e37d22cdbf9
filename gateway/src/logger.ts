import { REDACTED_LOG_PATHS } from "@hub/contract";
import pino, { type Logger } from "pino";

export type { Logger };

/** Structured JSON logs, one line per event, naming the gateway. */
export function createLogger(level: string = "info"): Logger {
  return pino({
    level,
    base: { service: "gateway" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_LOG_PATHS, remove: true },
  });
}
