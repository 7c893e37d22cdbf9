import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { registerInstrumentations, type Instrumentation } from "@opentelemetry/instrumentation";
import { GraphQLInstrumentation } from "@opentelemetry/instrumentation-graphql";
import { HttpInstrumentation } from "@opentelemetry/instrumentation-http";
import { PgInstrumentation } from "@opentelemetry/instrumentation-pg";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { SpanKind, type Attributes, type Context, type Link } from "@opentelemetry/api";
import {
  BatchSpanProcessor,
  NodeTracerProvider,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  SamplingDecision,
  type Sampler,
  type SamplingResult,
  type SpanExporter,
} from "@opentelemetry/sdk-trace-node";
import { ATTR_SERVICE_NAME } from "@opentelemetry/semantic-conventions";
import { PrismaInstrumentation } from "@prisma/instrumentation";
import { setActiveTracing, type Tracing } from "./active-tracing";

/** Probes and scrapes come every few seconds and say nothing about a request: never traced. */
const UNTRACED_PATHS = new Set(["/health", "/ready", "/metrics"]);

export interface TracingOptions {
  /** `gateway`, `center`, `justice`, `court` or `procuratorate`. */
  service: string;
  /** Where spans go: an OTLP/HTTP endpoint, or an exporter of the caller's (tests). */
  exporter: { endpoint: string; headers?: Record<string, string> } | SpanExporter;
  sampleRatio?: number;
  /** The GraphQL resolver spans are the subgraphs' (the gateway's own are Apollo's plan and fetch spans). */
  resolvers?: boolean;
}

function instrumentations(resolvers: boolean): Instrumentation[] {
  return [
    new HttpInstrumentation({
      ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.has((request.url ?? "").split("?")[0] ?? ""),
    }),
    new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true }),
    new PrismaInstrumentation(),
    ...(resolvers ? [new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, mergeItems: true, allowValues: false })] : []),
  ];
}

export type { Tracing };

/**
 * A trace starts only where work starts: a request served, or a background unit of work (the
 * consumer's page, a webhook delivery). Start-up schema building and stray pool chatter start none.
 */
class WorkRootSampler implements Sampler {
  private readonly ratio: Sampler;

  constructor(ratio: number) {
    this.ratio = new TraceIdRatioBasedSampler(ratio);
  }

  shouldSample(context: Context, traceId: string, name: string, kind: SpanKind, attributes: Attributes, links: Link[]): SamplingResult {
    if (kind !== SpanKind.SERVER && kind !== SpanKind.CONSUMER) return { decision: SamplingDecision.NOT_RECORD };
    return this.ratio.shouldSample(context, traceId, name, kind, attributes, links);
  }

  toString(): string {
    return `WorkRootSampler{${this.ratio.toString()}}`;
  }
}

/**
 * W3C trace context across every hop: incoming HTTP (the gateway's sub-requests and the centre's
 * reads through the gateway carry `traceparent`, see trace-context.ts), the query plan (Apollo's own spans),
 * resolvers, Prisma operations and the SQL pg sends. Must run before `pg` and `graphql` are
 * loaded, so that their modules are patched as they are required.
 */
export function startTracing(options: TracingOptions): Tracing {
  const exporter =
    "export" in options.exporter
      ? options.exporter
      : new OTLPTraceExporter({ url: options.exporter.endpoint, headers: options.exporter.headers ?? {} });
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.service }),
    sampler: new ParentBasedSampler({ root: new WorkRootSampler(options.sampleRatio ?? 1) }),
    spanProcessors: [new BatchSpanProcessor(exporter, { scheduledDelayMillis: 1000 })],
  });
  provider.register();
  const unregister = registerInstrumentations({ tracerProvider: provider, instrumentations: instrumentations(options.resolvers ?? true) });
  const tracing: Tracing = {
    async shutdown() {
      unregister();
      await provider.shutdown();
    },
  };
  setActiveTracing(tracing);
  return tracing;
}
