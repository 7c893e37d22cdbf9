import pino, { type Logger } from "pino";
import { traceFields } from "./telemetry/trace-context";

export type { Logger };

/** Structured JSON logs, one line per event, always naming the service, and the trace when one is recorded. */
export function createLogger(service: string, level: string = "info"): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: traceFields,
    redact: { paths: ["req.headers.authorization", "req.headers['x-hub-actor']"], remove: true },
  });
}
