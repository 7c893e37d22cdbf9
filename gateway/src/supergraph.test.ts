import { startFakeSubgraph, type FakeSubgraph } from "../test/fake-subgraph";
import {
  CENTER_SDL,
  CENTER_SDL_V2,
  compose,
  JUSTICE_SDL,
  startGateway,
  tempSupergraph,
  writeAtomically,
  type RunningGateway,
} from "../test/harness";
import { createTestIssuer } from "../test/tokens";
import type { SupergraphReloadEvent } from "./supergraph";

function deferred<T = void>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

/** Reload events, awaitable one at a time in the order they happen. */
function reloadEvents() {
  const seen: SupergraphReloadEvent[] = [];
  const waiting: ((event: SupergraphReloadEvent) => void)[] = [];
  return {
    onReload(event: SupergraphReloadEvent) {
      const waiter = waiting.shift();
      if (waiter) waiter(event);
      else seen.push(event);
    },
    next(): Promise<SupergraphReloadEvent> {
      const event = seen.shift();
      if (event) return Promise.resolve(event);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no supergraph reload within 3 s")), 3000);
        waiting.push((got) => {
          clearTimeout(timer);
          resolve(got);
        });
      });
    },
  };
}

let center: FakeSubgraph;
let justice: FakeSubgraph;
let slowStarted = deferred();
let releaseSlow = deferred();

beforeAll(async () => {
  center = await startFakeSubgraph("center", CENTER_SDL_V2, {
    Query: {
      slow: async () => {
        slowStarted.resolve();
        await releaseSlow.promise;
        return "finished";
      },
      motto: () => "和为贵",
      cases: () => [],
    },
  });
  justice = await startFakeSubgraph("justice", JUSTICE_SDL, { Query: { justiceHello: () => "司法所" } });
});

afterAll(() => Promise.all([center.stop(), justice.stop()]));

describe("supergraph file reloads", () => {
  let gateway: RunningGateway;
  let file: string;
  const events = reloadEvents();
  const v1 = () => compose([{ name: "center", typeDefs: CENTER_SDL }, justice]);
  const v2 = () => compose([{ name: "center", typeDefs: CENTER_SDL_V2 }, justice]);

  beforeAll(async () => {
    file = tempSupergraph(v1());
    gateway = await startGateway([center, justice], await createTestIssuer(), {
      supergraphPath: file,
      onSupergraphReload: events.onReload,
    });
  });
  afterAll(() => gateway.stop());

  it("picks up a changed file, and a request running during the reload still completes", async () => {
    const before = await gateway.post({ query: "{ motto }" });
    expect(before.status).toBe(400);
    expect(before.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");

    slowStarted = deferred();
    releaseSlow = deferred();
    const inFlight = gateway.post({ query: "query Slow { slow }" });
    await slowStarted.promise;

    writeAtomically(file, v2());
    await expect(events.next()).resolves.toMatchObject({ outcome: "applied" });

    const after = await gateway.post({ query: "{ motto }" });
    expect(after.data).toEqual({ motto: "和为贵" });

    releaseSlow.resolve();
    const finished = await inFlight;
    expect(finished.status).toBe(200);
    expect(finished.errors).toBeUndefined();
    expect(finished.data).toEqual({ slow: "finished" });
  });

  it("ignores a broken file and keeps serving the last good schema", async () => {
    writeAtomically(file, 'schema @link(url: "https://specs.apollo.dev/link/v1.0") { query: Query\n type Query {');
    const rejected = await events.next();
    expect(rejected.outcome).toBe("rejected");
    expect(gateway.logs.lines.some((line) => line.msg === "supergraph file rejected; keeping the current schema")).toBe(true);

    const still = await gateway.post({ query: "{ motto justiceHello }" });
    expect(still.data).toEqual({ motto: "和为贵", justiceHello: "司法所" });

    writeAtomically(file, v1());
    await expect(events.next()).resolves.toMatchObject({ outcome: "applied" });
    expect((await gateway.post({ query: "{ motto }" })).status).toBe(400);
  });

  it("refuses a supergraph naming a subgraph that has no configured URL", async () => {
    const withStranger = compose([
      { name: "center", typeDefs: CENTER_SDL_V2 },
      justice,
      { name: "court", typeDefs: "type Query { courtHello: String }" },
    ]);
    writeAtomically(file, withStranger);
    const event = await events.next();
    expect(event.outcome).toBe("rejected");
    expect(event.outcome === "rejected" && event.error.message).toContain('"court"');

    expect((await gateway.post({ query: "{ justiceHello }" })).data).toEqual({ justiceHello: "司法所" });
  });
});

describe("start-up", () => {
  it("fails when the supergraph file is missing", async () => {
    await expect(
      startGateway([center, justice], await createTestIssuer(), { supergraphPath: "/nonexistent/supergraph.graphql" }),
    ).rejects.toThrow(/ENOENT/);
  });

  it("fails when the supergraph names a subgraph without a configured URL", async () => {
    await expect(
      startGateway([center], await createTestIssuer(), { supergraphPath: tempSupergraph(compose([center, justice])) }),
    ).rejects.toThrow(/"justice".*no URL is configured/);
  });

  it("takes subgraph URLs from its configuration, not from the file", async () => {
    // compose() writes an unreachable URL into the file; requests still reach the fake subgraph.
    const gateway = await startGateway([center, justice], await createTestIssuer(), {
      supergraphPath: tempSupergraph(compose([center, justice])),
    });
    try {
      expect((await gateway.post({ query: "{ justiceHello }" })).data).toEqual({ justiceHello: "司法所" });
    } finally {
      await gateway.stop();
    }
  });
});
