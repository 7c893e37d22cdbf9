import { centreSupervisor } from "../support/actors";
import { startChildHub, type ChildHub } from "../support/child-hub";
import { startHub } from "../support/hub-harness";
import { startOtlpCollector, type CollectedSpan } from "../support/otlp-collector";
import { seedDisputeAcrossDepartments, seedOrganisations } from "../e2e/seed";

jest.setTimeout(240_000);

const DEPARTMENTS = ["center", "justice", "court", "procuratorate"];

let collector: Awaited<ReturnType<typeof startOtlpCollector>>;
let hub: ChildHub;
let disputeId: string;

beforeAll(async () => {
  const seeding = await startHub();
  try {
    const org = await seedOrganisations(seeding);
    ({ disputeId } = await seedDisputeAcrossDepartments(seeding, org));
  } finally {
    await seeding.stop();
  }
  collector = await startOtlpCollector();
  hub = await startChildHub({
    env: { HUB_OTLP_ENDPOINT: collector.endpoint },
    serviceEnv: { center: { CENTER_WORKERS: "off", CENTER_OVERSIGHT_INTERVAL_SECONDS: "0" } },
  });
});
afterAll(async () => {
  await hub?.stop();
  await collector?.stop();
});

async function spansOfTrace(traceId: string, until: (spans: CollectedSpan[]) => boolean): Promise<CollectedSpan[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const spans = collector.spans.filter((span) => span.traceId === traceId);
    if (until(spans) || Date.now() > deadline) return spans;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const servedBy = (spans: CollectedSpan[], service: string) =>
  spans.filter((span) => span.service === service && span.scope.includes("instrumentation-http"));
const servicesOf = (spans: CollectedSpan[]) => new Set(spans.map((span) => span.service));
const sqlIn = (spans: CollectedSpan[], service: string) =>
  spans.filter(
    (span) =>
      span.service === service &&
      span.scope.includes("instrumentation-pg") &&
      (span.attributes["db.system"] ?? span.attributes["db.system.name"]) === "postgresql",
  );

describe("one trace per request, from the gateway through every subgraph to the SQL", () => {
  it("exports over OTLP one trace whose spans cover the plan, all four subgraphs, their resolvers and their SQL", async () => {
    const answer = await hub.request<{ dispute: { number: string } }>(
      `query WholeCaseTrace($id: ID!) {
        dispute(id: $id) {
          number
          mediationCases { status }
          confirmationApplications { status }
          supervisionCases { grounds }
        }
      }`,
      { id: disputeId },
      centreSupervisor(),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.dispute.number).toMatch(/\S/);

    const requestSpans = () =>
      collector.spans.filter(
        (span) =>
          span.service === "gateway" && span.name === "gateway.request" && span.attributes["graphql.operation.name"] === "WholeCaseTrace",
      );
    const deadline = Date.now() + 30_000;
    while (requestSpans().length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
    const [request] = requestSpans();
    expect(request).toBeDefined();
    const traceId = request?.traceId ?? "";

    const spans = await spansOfTrace(traceId, (found) =>
      DEPARTMENTS.every((department) => sqlIn(found, department).length > 0 && servedBy(found, department).length > 0),
    );
    // Every service took part in this one trace, and nothing of it went to another.
    expect([...servicesOf(spans)].sort()).toEqual(["center", "court", "gateway", "justice", "procuratorate"]);
    const names = spans.map((span) => `${span.service} ${span.name}`);
    expect(names).toEqual(expect.arrayContaining(["gateway gateway.plan", "gateway gateway.fetch"]));
    for (const department of DEPARTMENTS) {
      // The subgraph's server span hangs under a gateway span: traceparent crossed the signed sub-request.
      const served = servedBy(spans, department);
      expect(served.length).toBeGreaterThan(0);
      const gatewaySpanIds = new Set(spans.filter((span) => span.service === "gateway").map((span) => span.spanId));
      expect(served.some((span) => gatewaySpanIds.has(span.parentSpanId))).toBe(true);
      expect(sqlIn(spans, department).length).toBeGreaterThan(0);
      expect(spans.some((span) => span.service === department && span.name.startsWith("prisma:"))).toBe(true);
      expect(
        spans.some((span) => span.service === department && span.scope.includes("graphql") && span.name.startsWith("graphql.resolve")),
      ).toBe(true);
    }
    // The SQL spans carry the statement's shape, never the values bound to it (personal data).
    for (const span of sqlIn(spans, "center")) {
      expect(Object.keys(span.attributes).filter((key) => key.includes("parameters") || key.includes("values"))).toEqual([]);
    }
  });

  it("writes the trace id into the gateway's log line for the request", async () => {
    const answer = await hub.request(`query LoggedTrace { centres(divisionCode: "150202") { id } }`, {}, centreSupervisor());
    expect(answer.status).toBe(200);
    const deadline = Date.now() + 30_000;
    let line: Record<string, unknown> | undefined;
    while (!line && Date.now() < deadline) {
      line = hub.services.gateway.lines
        .filter((text) => text.startsWith("{"))
        .map((text) => JSON.parse(text) as Record<string, unknown>)
        .find((entry) => entry.operationName === "LoggedTrace");
      if (!line) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(line).toMatchObject({ requestId: expect.any(String), traceId: expect.stringMatching(/^[0-9a-f]{32}$/) });
    const traced = await spansOfTrace(String(line?.traceId), (found) => found.some((span) => span.service === "center"));
    expect(servicesOf(traced)).toContain("center");
  });
});
