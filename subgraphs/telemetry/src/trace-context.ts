import {
  context,
  propagation,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Span,
  type TextMapSetter,
} from "@opentelemetry/api";

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

/**
 * Runs one unit of background work (a page of a feed, a webhook delivery) as the root of its
 * own trace, its attributes naming the events it handles; everything it sends or queries nests
 * under it. A plain call when tracing is off.
 */
export function inWorkSpan<T>(name: string, attributes: Attributes, work: (span: Span) => Promise<T>): Promise<T> {
  return trace.getTracer("@hub/subgraph-kit").startActiveSpan(name, { kind: SpanKind.CONSUMER, attributes }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}
