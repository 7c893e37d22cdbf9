import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ANONYMOUS, Audience, signActor } from "@hub/contract";
import { startFakeSubgraph, type FakeSubgraph } from "../test/fake-subgraph";
import { compose, GATEWAY_SECRET, startGateway, tempSupergraph, type RunningGateway } from "../test/harness";
import { createTestIssuer, OFFICER_CLAIMS, type TestIssuer } from "../test/tokens";
import { buildManifest, sha256 } from "./persisted/manifest";

const SDL = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
type Query {
  hello: String!
  cases(first: Int = 10): [Case!]!
  case(id: ID!): Case
  slow: String!
}
type Case @key(fields: "id") { id: ID! title: String! related(first: Int): [Case!]! }
type Mutation { submitPublicDispute(title: String!): String! }
`;

const LIMITS = {
  maxBodyBytes: 10_000,
  maxDocumentBytes: 2000,
  maxTokens: 200,
  maxDepth: 5,
  maxAliases: 3,
  maxRootFields: 3,
  maxDirectives: 3,
  maxCost: 1000,
  defaultListSize: 10,
  operationTimeoutMs: 10_000,
};

const aCase = (id: string) => ({ id, title: `案件 ${id}` });

let issuer: TestIssuer;
let center: FakeSubgraph;
let gateway: RunningGateway;

beforeAll(async () => {
  issuer = await createTestIssuer();
  center = await startFakeSubgraph("center", SDL, {
    Query: {
      hello: () => "你好",
      cases: (_parent, args: { first: number }) => Array.from({ length: Math.min(args.first, 3) }, (_, i) => aCase(`c${i}`)),
      case: (_parent, args: { id: string }) => aCase(args.id),
      slow: () => new Promise((resolve) => setTimeout(() => resolve("slow"), 4000)),
    },
    Case: { related: (parent: { id: string }) => [aCase(`${parent.id}-r`)] },
    Mutation: { submitPublicDispute: (_parent, args: { title: string }) => `received ${args.title}` },
  });
  gateway = await startGateway([center], issuer, {
    supergraphPath: tempSupergraph(compose([center])),
    limits: LIMITS,
    subgraphTimeoutMs: 5000,
  });
});

afterAll(async () => {
  await gateway.stop();
  await center.stop();
});

function expectRefused(response: Awaited<ReturnType<RunningGateway["post"]>>, status: number, code: string, limit: number, actual: number) {
  expect(response.status).toBe(status);
  expect(response.data).toBeUndefined();
  expect(response.errors).toHaveLength(1);
  expect(response.errors?.[0]?.extensions).toMatchObject({ code, limit, actual });
  expect(response.errors?.[0]?.message).toMatch(new RegExp(`[\\u4e00-\\u9fff].*${actual}.*${limit}.* / .*${actual}.*${limit}`));
}

const ids = (count: number, alias = false) => Array.from({ length: count }, (_, i) => (alias ? `a${i}: id` : "id")).join(" ");

describe("operation limits, just under and just over", () => {
  it("document size in bytes: 413 DOCUMENT_TOO_LARGE", async () => {
    const padded = (bytes: number) => {
      const body = "\n{ hello }";
      return `#${"x".repeat(bytes - body.length - 1)}${body}`;
    };
    expect((await gateway.post({ query: padded(2000) })).data).toEqual({ hello: "你好" });
    expectRefused(await gateway.post({ query: padded(2001) }), 413, "DOCUMENT_TOO_LARGE", 2000, 2001);
    // Bytes, not characters: 500 three-byte characters are 1500 bytes.
    const chinese = `#${"纠".repeat(666)}\n{ hello }`;
    expectRefused(await gateway.post({ query: chinese }), 413, "DOCUMENT_TOO_LARGE", 2000, Buffer.byteLength(chinese));
  });

  it("tokens: TOO_MANY_TOKENS", async () => {
    // `{ case ( id : "1" ) {` `}` `}` are 10 tokens, each field one more.
    const document = (fields: number) => `{ case(id: "1") { ${ids(fields)} } }`;
    expect((await gateway.post({ query: document(190) })).status).toBe(200);
    expectRefused(await gateway.post({ query: document(191) }), 400, "TOO_MANY_TOKENS", 200, 201);
  });

  it("depth, fragments followed: DEPTH_LIMIT_EXCEEDED", async () => {
    const document = (depth: number) => `{ case(id: "1") { ${"related(first: 1) { ".repeat(depth - 2)}id${" }".repeat(depth - 2)} } }`;
    expect((await gateway.post({ query: document(5) })).data?.case.related[0].related[0].related[0].id).toBe("1-r-r-r");
    expectRefused(await gateway.post({ query: document(6) }), 400, "DEPTH_LIMIT_EXCEEDED", 5, 6);
    const viaFragments = `{ case(id: "1") { ...A } } fragment A on Case { related(first: 1) { ...B } } fragment B on Case { related(first: 1) { related(first: 1) { related(first: 1) { id } } } }`;
    expectRefused(await gateway.post({ query: viaFragments }), 400, "DEPTH_LIMIT_EXCEEDED", 5, 6);
  });

  it("a fragment cycle is answered by validation, not a hang", async () => {
    const cycle = `{ case(id: "1") { ...A } } fragment A on Case { related { ...B } } fragment B on Case { related { ...A } }`;
    const response = await gateway.post({ query: cycle });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("aliases: TOO_MANY_ALIASES", async () => {
    expect((await gateway.post({ query: `{ case(id: "1") { ${ids(3, true)} } }` })).data?.case).toEqual({ a0: "1", a1: "1", a2: "1" });
    expectRefused(await gateway.post({ query: `{ case(id: "1") { ${ids(4, true)} } }` }), 400, "TOO_MANY_ALIASES", 3, 4);
  });

  it("root fields: TOO_MANY_ROOT_FIELDS", async () => {
    expect((await gateway.post({ query: `{ hello cases { id } case(id: "1") { id } }` })).status).toBe(200);
    expectRefused(
      await gateway.post({ query: `{ hello cases { id } case(id: "1") { id } __typename }` }),
      400,
      "TOO_MANY_ROOT_FIELDS",
      3,
      4,
    );
  });

  it("directives: TOO_MANY_DIRECTIVES", async () => {
    const three = `{ hello @include(if: true) @skip(if: false) cases @include(if: true) { id } }`;
    expect((await gateway.post({ query: three })).data).toEqual({ hello: "你好", cases: [{ id: "c0" }, { id: "c1" }, { id: "c2" }] });
    const four = `{ hello @include(if: true) @skip(if: false) cases @include(if: true) { id @skip(if: false) } }`;
    expectRefused(await gateway.post({ query: four }), 400, "TOO_MANY_DIRECTIVES", 3, 4);
  });

  it("estimated cost from `first`, literal or variable: COST_LIMIT_EXCEEDED", async () => {
    // 1 for `cases`, then 2 per case.
    const query = "query Q($n: Int) { cases(first: $n) { id title } }";
    expect((await gateway.post({ query, variables: { n: 499 } })).status).toBe(200);
    expectRefused(await gateway.post({ query, variables: { n: 500 } }), 400, "COST_LIMIT_EXCEEDED", 1000, 1001);
    // A list without `first` counts the default size: 1 + 10 × (1 + 10 × 1) = 111 per level.
    expect((await gateway.post({ query: "{ cases { related { id } } }" })).status).toBe(200);
    const huge = "{ cases(first: 1000000) { related(first: 1000000) { id } } }";
    const refused = await gateway.post({ query: huge });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "COST_LIMIT_EXCEEDED", limit: 1000 });
    expect(center.received.some((request) => request.query.includes("1000000"))).toBe(false);
  });

  it("HTTP body: 413 REQUEST_TOO_LARGE, from the declared length or while a chunked body streams in", async () => {
    const body = (bytes: number) => {
      const empty = JSON.stringify({ query: "{ hello }", variables: { pad: "" } });
      return JSON.stringify({ query: "{ hello }", variables: { pad: "x".repeat(bytes - empty.length) } });
    };
    expect((await gateway.post(body(10_000))).data).toEqual({ hello: "你好" });
    expectRefused(await gateway.post(body(10_001)), 413, "REQUEST_TOO_LARGE", 10_000, 10_001);

    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 5 * 1024 * 1024) controller.close();
        else {
          sent += chunk.length;
          controller.enqueue(chunk);
        }
      },
    });
    const response = await fetch(gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    const refused = (await response.json()) as { errors: { extensions: { code: string; limit: number; actual: number } }[] };
    expect(refused.errors[0]?.extensions.code).toBe("REQUEST_TOO_LARGE");
    expect(refused.errors[0]?.extensions.actual).toBeLessThan(10_000 + chunk.length + 1);
  });
});

describe("the operation timeout", () => {
  let hurried: RunningGateway;

  beforeAll(async () => {
    hurried = await startGateway([center], issuer, {
      supergraphPath: tempSupergraph(compose([center])),
      limits: { operationTimeoutMs: 1500 },
      subgraphTimeoutMs: 10_000,
    });
    // A first request plans `{ hello }`, so the quick one below is not judged on a cold gateway.
    await hurried.post({ query: "{ hello }" });
  });
  afterAll(() => hurried.stop());

  it("aborts the request's subgraph fetches with OPERATION_TIMEOUT while other requests are served", async () => {
    const started = Date.now();
    const [{ slow, slowAt }, quick] = await Promise.all([
      hurried.post({ query: "{ slow }" }).then((slow) => ({ slow, slowAt: Date.now() - started })),
      (async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const answered = await hurried.post({ query: "{ hello }" });
        return { answered, at: Date.now() - started };
      })(),
    ]);
    // The subgraph takes 4 s and the per-fetch timeout is 10 s: only the operation deadline explains an answer this soon.
    expect(Date.now() - started).toBeLessThan(3500);
    expect(slow.data).toBeNull();
    expect(slow.errors?.[0]?.extensions).toMatchObject({ code: "OPERATION_TIMEOUT", serviceName: "center", limit: 1500 });
    expect(slow.errors?.[0]?.message).toMatch(/1500 毫秒.* \/ .*1500 ms/);
    expect(quick.answered.data).toEqual({ hello: "你好" });
    expect(quick.at).toBeLessThan(slowAt);
    expect((await hurried.post({ query: "{ hello }" })).data).toEqual({ hello: "你好" });
  });
});

describe("rate limits per caller", () => {
  let limited: RunningGateway;

  beforeAll(async () => {
    limited = await startGateway([center], issuer, {
      supergraphPath: tempSupergraph(compose([center])),
      rateLimits: {
        authenticated: { burst: 2, perMinute: 60 },
        anonymous: { burst: 3, perMinute: 30 },
        intake: { burst: 1, perMinute: 60 },
        intakeFields: ["submitPublicDispute"],
      },
    });
  });
  afterAll(() => limited.stop());

  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it("refuses a user over the budget with 429 RATE_LIMITED and retryAfter, others unaffected, and recovers after refill", async () => {
    const alice = `Bearer ${await issuer.sign({ ...OFFICER_CLAIMS, sub: "alice" })}`;
    const bob = `Bearer ${await issuer.sign({ ...OFFICER_CLAIMS, sub: "bob" })}`;
    const asAlice = () => limited.post({ query: "{ hello }" }, { authorization: alice });
    expect((await asAlice()).status).toBe(200);
    expect((await asAlice()).status).toBe(200);
    const refused = await asAlice();
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED", retryAfter: 1, limit: 2, perMinute: 60, scope: "user" });
    expect(refused.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff].* \/ Too many requests/);

    expect((await limited.post({ query: "{ hello }" }, { authorization: bob })).status).toBe(200);
    await pause(1050);
    expect((await asAlice()).data).toEqual({ hello: "你好" });
  });

  it("budgets anonymous callers by address, and the public intake mutation separately and more strictly", async () => {
    const intake = { query: `mutation { submitPublicDispute(title: "噪音") }` };
    expect((await limited.post(intake)).data).toEqual({ submitPublicDispute: "received 噪音" });
    const second = await limited.post(intake);
    expect(second.status).toBe(429);
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED", scope: "publicIntake", limit: 1 });
    expect((await limited.post({ query: "{ hello }" })).status).toBe(200);
    expect((await limited.post({ query: "{ hello }" })).status).toBe(429);
    await pause(2100);
    expect((await limited.post(intake)).status).toBe(200);
  });

  it("charges a subgraph's delegated call to the actor it serves, like the actor's own calls", async () => {
    const actor = { ...ANONYMOUS, userId: "alice-delegated", department: "CENTER" as const, roles: ["CENTRE_OFFICER" as const] };
    const statuses: number[] = [];
    for (let call = 0; call < 3; call++) {
      // Each delegated credential is accepted once, so each call signs its own.
      const delegated = await signActor(actor, GATEWAY_SECRET, `d-${call}`, Audience.GATEWAY);
      statuses.push((await limited.post({ query: "{ hello }" }, { "x-hub-actor": delegated })).status);
    }
    expect(statuses).toEqual([200, 200, 429]);
  });
});

describe("persisted operations only, for partner systems", () => {
  let allowlisted: RunningGateway;
  const dir = mkdtempSync(path.join(tmpdir(), "hub-persisted-"));
  writeFileSync(path.join(dir, "CaseTitles.graphql"), "# partner list\nquery CaseTitles($n: Int) { cases(first: $n) { id title } }\n");
  writeFileSync(path.join(dir, "Intake.graphql"), "mutation Intake($t: String!) { submitPublicDispute(title: $t) }\n");
  const manifest = buildManifest(dir);
  const titles = manifest.operations.find((operation) => operation.name === "CaseTitles");
  const partnerClaims = { sub: "court-cms", name: "法院办案系统", dept: "PARTNER", roles: ["PARTNER_SYSTEM"] };

  beforeAll(async () => {
    allowlisted = await startGateway([center], issuer, {
      supergraphPath: tempSupergraph(compose([center])),
      persistedOperations: { manifest, onlyFor: ["PARTNER_SYSTEM"] },
    });
  });
  afterAll(() => allowlisted.stop());

  it("runs a manifest operation sent by its sha256 hash or id, or as its exact text", async () => {
    if (!titles) throw new Error("the manifest lost CaseTitles");
    const partner = { authorization: `Bearer ${await issuer.sign(partnerClaims)}` };
    const byHash = await allowlisted.post(
      { extensions: { persistedQuery: { version: 1, sha256Hash: titles.id } }, variables: { n: 1 } },
      partner,
    );
    expect(byHash.data).toEqual({ cases: [{ id: "c0", title: "案件 c0" }] });
    expect((await allowlisted.post({ id: titles.id, variables: { n: 2 } }, partner)).data?.cases).toHaveLength(2);
    expect((await allowlisted.post({ query: titles.body, variables: { n: 1 } }, partner)).status).toBe(200);

    const search = new URLSearchParams({
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: titles.id } }),
      variables: '{"n":1}',
    });
    const viaGet = await fetch(`${allowlisted.url}?${search}`, { headers: { ...partner, "apollo-require-preflight": "true" } });
    expect(await viaGet.json()).toEqual({ data: { cases: [{ id: "c0", title: "案件 c0" }] } });
  });

  it("refuses a partner system any other document, or an unknown hash, with PERSISTED_QUERY_NOT_ALLOWED", async () => {
    const partner = { authorization: `Bearer ${await issuer.sign(partnerClaims)}` };
    const reachedBefore = center.received.length;
    const adHoc = await allowlisted.post({ query: "{ cases { id title } }" }, partner);
    expect(adHoc.status).toBe(403);
    expect(adHoc.errors?.[0]?.extensions).toMatchObject({
      code: "PERSISTED_QUERY_NOT_ALLOWED",
      operationId: sha256("{ cases { id title } }"),
    });
    expect(adHoc.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff].* \/ This caller may only run registered operations/);
    const unknown = await allowlisted.post({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }, partner);
    expect(unknown.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_ALLOWED");
    expect(center.received.length).toBe(reachedBefore);
  });

  it("applies the same rule to a partner system's actor delegated by a subgraph", async () => {
    const partner = {
      ...ANONYMOUS,
      userId: "court-cms",
      name: "法院办案系统",
      department: "PARTNER" as const,
      roles: ["PARTNER_SYSTEM" as const],
    };
    const delegated = await signActor(partner, GATEWAY_SECRET, "d-partner", Audience.GATEWAY);
    const adHoc = await allowlisted.post({ query: "{ cases { id title } }" }, { "x-hub-actor": delegated });
    expect(adHoc.status).toBe(403);
    expect(adHoc.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_ALLOWED");
  });

  it("leaves other callers free to send any document", async () => {
    const officer = { authorization: `Bearer ${await issuer.sign()}` };
    expect((await allowlisted.post({ query: "{ hello }" }, officer)).data).toEqual({ hello: "你好" });
    expect((await allowlisted.post({ query: "{ hello }" })).data).toEqual({ hello: "你好" });
  });
});
