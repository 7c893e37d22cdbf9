import { startRedis, type RunningRedis } from "../support/redis-server";
import { startFakeSubgraph, type FakeSubgraph } from "../../gateway/test/fake-subgraph";
import { compose, startGateway, tempSupergraph, type RunningGateway } from "../../gateway/test/harness";
import { createTestIssuer, OFFICER_CLAIMS, type TestIssuer } from "../../gateway/test/tokens";
import type { RateLimits, WhenStoreDown } from "../../gateway/src/rate-limit/config";

const SDL = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
type Query { hello: String! }
type Mutation { submitPublicDispute(title: String!): String! }
`;

// One refill per minute: nothing comes back while a test runs, so every count is exact.
const budgets = (burst: number): Omit<RateLimits, "shared"> => ({
  authenticated: { burst, perMinute: 1 },
  anonymous: { burst, perMinute: 1 },
  intake: { burst: 1, perMinute: 1 },
  intakeFields: ["submitPublicDispute"],
});

let issuer: TestIssuer;
let center: FakeSubgraph;
const started: RunningGateway[] = [];
const redises: RunningRedis[] = [];

async function gatewayOn(redis: RunningRedis, burst: number, whenDown: WhenStoreDown): Promise<RunningGateway> {
  const gateway = await startGateway([center], issuer, {
    supergraphPath: tempSupergraph(compose([center])),
    // Generous: on a loaded machine a slow answer must not pass for Redis being down.
    rateLimits: { ...budgets(burst), shared: { redisUrl: redis.url, whenDown, timeoutMs: 5000 } },
  });
  started.push(gateway);
  return gateway;
}

async function redis(): Promise<RunningRedis> {
  const running = await startRedis();
  redises.push(running);
  return running;
}

const bearer = async (sub: string) => ({ authorization: `Bearer ${await issuer.sign({ ...OFFICER_CLAIMS, sub })}` });

beforeAll(async () => {
  issuer = await createTestIssuer();
  center = await startFakeSubgraph("center", SDL, {
    Query: { hello: () => "你好" },
    Mutation: { submitPublicDispute: (_parent, args: { title: string }) => `received ${args.title}` },
  });
});

afterAll(async () => {
  await Promise.all(started.map((gateway) => gateway.stop()));
  await Promise.all(redises.map((running) => running.stop()));
  await center.stop();
});

describe("budgets shared through Redis by two gateways", () => {
  let first: RunningGateway;
  let second: RunningGateway;

  beforeAll(async () => {
    const shared = await redis();
    first = await gatewayOn(shared, 6, "closed");
    second = await gatewayOn(shared, 6, "closed");
  });

  it("accepts, across both, exactly the budget of one user, however the requests are spread", async () => {
    const alice = await bearer("alice-shared");
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? first : second).post({ query: "{ hello }" }, alice)),
    );
    const accepted = answers.filter((answer) => answer.status === 200);
    // Ten requests reached each gateway: budgets of their own would have accepted twelve.
    expect(accepted).toHaveLength(6);
    expect(accepted.every((answer) => answer.data?.hello === "你好")).toBe(true);
    const refused = answers.filter((answer) => answer.status !== 200);
    expect(refused).toHaveLength(14);
    expect(refused.every((answer) => answer.status === 429)).toBe(true);
    expect(refused[0]?.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED", scope: "user", limit: 6, perMinute: 1 });
    expect(Number(refused[0]?.headers.get("retry-after"))).toBeGreaterThan(0);

    const bob = await bearer("bob-shared");
    expect((await second.post({ query: "{ hello }" }, bob)).status).toBe(200);
  });

  it("shares the public intake budget of an anonymous caller too", async () => {
    const intake = { query: `mutation { submitPublicDispute(title: "噪音") }` };
    expect((await first.post(intake)).data).toEqual({ submitPublicDispute: "received 噪音" });
    const again = await second.post(intake);
    expect(again.status).toBe(429);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED", scope: "publicIntake", limit: 1 });
  });
});

describe("while Redis is down, each gateway does what it is configured to", () => {
  const modes: WhenStoreDown[] = ["closed", "open", "local"];
  const gateways = new Map<WhenStoreDown, RunningGateway>();

  beforeAll(async () => {
    const doomed = await redis();
    for (const mode of modes) gateways.set(mode, await gatewayOn(doomed, 2, mode));
    // Each charges Redis once while it is up.
    for (const mode of modes) {
      const gateway = gateways.get(mode);
      const caller = await bearer(`before-${mode}`);
      expect((await gateway?.post({ query: "{ hello }" }, caller))?.status).toBe(200);
    }
    await doomed.stop();
  });

  const postMany = async (mode: WhenStoreDown, times: number) => {
    const gateway = gateways.get(mode);
    if (!gateway) throw new Error(`no ${mode} gateway`);
    const caller = await bearer(`during-${mode}`);
    const statuses: number[] = [];
    for (let i = 0; i < times; i++) statuses.push((await gateway.post({ query: "{ hello }" }, caller)).status);
    return { gateway, caller, statuses };
  };

  it("closed: refuses every request with 503 RATE_LIMIT_UNAVAILABLE, in both languages, logging the outage once", async () => {
    const { gateway, caller, statuses } = await postMany("closed", 3);
    expect(statuses).toEqual([503, 503, 503]);
    const refused = await gateway.post({ query: "{ hello }" }, caller);
    expect(refused.headers.get("retry-after")).toBe("5");
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMIT_UNAVAILABLE", scope: "user" });
    expect(refused.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff].* \/ The request budget store is unavailable/);
    expect(gateway.logs.lines.filter((line) => line.msg === "rate-limit store unreachable")).toHaveLength(1);
  });

  it("open: lets every request through uncounted", async () => {
    expect((await postMany("open", 5)).statuses).toEqual([200, 200, 200, 200, 200]);
  });

  it("local: falls back to this gateway's own budget", async () => {
    expect((await postMany("local", 4)).statuses).toEqual([200, 200, 429, 429]);
  });
});
