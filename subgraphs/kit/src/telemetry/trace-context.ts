import { context, propagation, trace, type Context, type TextMapSetter } from "@opentelemetry/api";

/** A fetch `Headers`, Apollo's fetcher headers, or a plain object of them. */
export type HeaderCarrier = { set(name: string, value: string): void } | Record<string, string>;

const hasSet = (carrier: HeaderCarrier): carrier is { set(name: string, value: string): void } =>
  typeof (carrier as { set?: unknown }).set === "function";

const headerSetter: TextMapSetter<HeaderCarrier> = {
  set(carrier, key, value) {
    if (hasSet(carrier)) carrier.set(key, value);
    else carrier[key] = value;
  },
};

/** Writes `traceparent` (and `tracestate`) for the active span into outgoing headers; nothing when tracing is off. */
export function injectTraceContext(headers: HeaderCarrier, from: Context = context.active()): void {
  propagation.inject(from, headers, headerSetter);
}

/** The active span's ids for a log line; empty when nothing is traced. */
export function traceFields(): { traceId?: string; spanId?: string } {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId, traceFlags } = span.spanContext();
  return traceFlags === 0 && !span.isRecording() ? {} : { traceId, spanId };
}
