import http from "node:http";
import type { AddressInfo } from "node:net";
import { ANONYMOUS, Audience, signActor, verifyActor } from "@hub/contract";
import { GraphQLError, GraphQLScalarType } from "graphql";
import { decodeJwt } from "jose";
import { startFakeSubgraph, type FakeSubgraph } from "../test/fake-subgraph";
import {
  actorFrom,
  CENTER_SDL,
  compose,
  JUSTICE_SDL,
  GATEWAY_SECRET,
  startGateway,
  tempSupergraph,
  type RunningGateway,
} from "../test/harness";
import { createTestIssuer, foreignKey, OFFICER_CLAIMS, type TestIssuer } from "../test/tokens";

let issuer: TestIssuer;
let center: FakeSubgraph;
let justice: FakeSubgraph;
let gateway: RunningGateway;

beforeAll(async () => {
  issuer = await createTestIssuer();
  center = await startFakeSubgraph("center", CENTER_SDL, {
    Query: {
      whoami: async (_parent, _args, context) => ({ ...(await actorFrom(context)), requestId: context.headers["x-request-id"] }),
      cases: () => [
        { id: "c1", title: "土地承包纠纷" },
        { id: "c2", title: "邻里纠纷" },
      ],
      case: (_parent, args: { id: string }) => ({ id: args.id, title: "劳务纠纷" }),
      slow: () => "slow",
      division: (_parent, args: { code: string }) => `division ${args.code}`,
    },
    DivisionCode: new GraphQLScalarType({
      name: "DivisionCode",
      parseValue: (value) => {
        if (typeof value === "string" && /^15\d*$/.test(value)) return value;
        throw new GraphQLError("区划代码须以 15 开头 / A division code starts with 15");
      },
    }),
  });
  justice = await startFakeSubgraph("justice", JUSTICE_SDL, {
    Query: { justiceHello: () => "司法所" },
    Case: { __resolveReference: (reference: { id: string }) => ({ id: reference.id, mediator: `调解员-${reference.id}` }) },
  });
  gateway = await startGateway([center, justice], issuer, { supergraphPath: tempSupergraph(compose([center, justice])) });
});

afterAll(async () => {
  await gateway.stop();
  await Promise.all([center.stop(), justice.stop()]);
});

const WHOAMI = "query Who { whoami { userId name department organisationId jurisdictionCode roles requestId } }";

describe("identity forwarded to subgraphs", () => {
  it("signs the caller's verified identity and a request id of its own into a short-lived x-hub-actor", async () => {
    const token = await issuer.sign();
    const response = await gateway.post({ query: WHOAMI }, { authorization: `Bearer ${token}`, "x-request-id": "trace-42.a:b_c" });

    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    // The caller's id is kept for correlation only; the signed request id is the gateway's.
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(response.headers.get("x-correlation-id")).toBe("trace-42.a:b_c");
    expect(response.data?.whoami).toEqual({
      userId: OFFICER_CLAIMS.sub,
      name: OFFICER_CLAIMS.name,
      department: "CENTER",
      organisationId: OFFICER_CLAIMS.org,
      jurisdictionCode: OFFICER_CLAIMS.jur,
      roles: OFFICER_CLAIMS.roles,
      requestId,
    });

    const forwarded = center.received.at(-1)?.headers;
    const credential = forwarded?.["x-hub-actor"];
    if (typeof credential !== "string") throw new Error("the subgraph received no x-hub-actor header");
    await expect(verifyActor(credential, GATEWAY_SECRET)).resolves.toMatchObject({ userId: OFFICER_CLAIMS.sub, department: "CENTER" });
    await expect(verifyActor(credential, "another-secret-that-is-long-enough-123")).rejects.toThrow();
    const claims = decodeJwt(credential);
    expect(claims.rid).toBe(requestId);
    expect(typeof claims.jti).toBe("string");
    expect(Number(claims.exp) - Number(claims.iat)).toBe(30);
    expect(forwarded?.["x-correlation-id"]).toBe("trace-42.a:b_c");
    expect(forwarded?.authorization).toBeUndefined();
  });

  it("forwards an anonymous actor when there is no Authorization header, with a fresh request id", async () => {
    const response = await gateway.post({ query: WHOAMI }, { "x-request-id": "not a sane id!" });

    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(response.data?.whoami).toMatchObject({ userId: ANONYMOUS.userId, department: "PUBLIC", roles: ["PUBLIC"], requestId });
  });

  it("logs one line per request with its id, operation, error count and duration", async () => {
    const response = await gateway.post({ query: WHOAMI, operationName: "Who" }, { "x-request-id": "log-line-1" });
    expect(response.status).toBe(200);
    await new Promise((resolve) => setImmediate(resolve));

    const lines = gateway.logs.lines.filter((line) => line.correlationId === "log-line-1" && line.msg === "request");
    expect(lines).toHaveLength(1);
    expect(lines[0]?.requestId).toBe(response.headers.get("x-request-id"));
    expect(lines[0]).toMatchObject({ operationName: "Who", errors: 0, status: 200, path: "/graphql" });
    expect(typeof lines[0]?.durationMs).toBe("number");
  });
});

describe("an actor delegated by a subgraph reading through the graph", () => {
  const delegated = { ...ANONYMOUS, userId: "mediator-7", name: "张调解", department: "JUSTICE" as const, roles: ["MEDIATOR" as const] };

  it("is accepted when signed with the shared secret for the gateway's audience, and forwarded as that actor", async () => {
    const token = await signActor(delegated, GATEWAY_SECRET, "delegated-1", Audience.GATEWAY);
    const response = await gateway.post({ query: WHOAMI }, { "x-hub-actor": token, "x-request-id": "delegated-1" });
    expect(response.status).toBe(200);
    expect(response.data?.whoami).toMatchObject({
      userId: "mediator-7",
      department: "JUSTICE",
      roles: ["MEDIATOR"],
      requestId: "delegated-1",
    });
  });

  it("is accepted once: the same credential presented again is refused", async () => {
    const token = await signActor(delegated, GATEWAY_SECRET, "delegated-replay", Audience.GATEWAY);
    expect((await gateway.post({ query: WHOAMI }, { "x-hub-actor": token })).status).toBe(200);
    const replayed = await gateway.post({ query: WHOAMI }, { "x-hub-actor": token });
    expect(replayed.status).toBe(401);
    expect(replayed.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("is refused when the token was meant for subgraphs, or signed with another secret", async () => {
    const forSubgraphs = await signActor(delegated, GATEWAY_SECRET, "delegated-2", Audience.SUBGRAPH);
    const foreign = await signActor(delegated, "another-secret-that-is-long-enough-123", "delegated-3", Audience.GATEWAY);
    for (const token of [forSubgraphs, foreign]) {
      const response = await gateway.post({ query: WHOAMI }, { "x-hub-actor": token });
      expect(response.status).toBe(401);
      expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
  });
});

describe("bearer tokens at the HTTP edge", () => {
  it.each([
    ["a wrong issuer", () => issuer.sign(OFFICER_CLAIMS, { issuer: "https://evil.example" }), "invalid"],
    ["an expired token", () => issuer.sign(OFFICER_CLAIMS, { expiresAt: Math.floor(Date.now() / 1000) - 3600 }), "expired"],
    ["a token signed by another key", async () => issuer.sign(OFFICER_CLAIMS, { key: await foreignKey() }), "invalid"],
    ["claims that are not an actor", () => issuer.sign({ ...OFFICER_CLAIMS, dept: "MINISTRY" }), "claims"],
  ])("answers 401 UNAUTHENTICATED for %s", async (_case, makeToken, reason) => {
    const response = await gateway.post({ query: WHOAMI }, { authorization: `Bearer ${await makeToken()}` });

    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain("invalid_token");
    expect(response.headers.get("x-request-id")).toBeTruthy();
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED", reason });
    expect(response.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
    expect(response.data).toBeUndefined();
  });

  it("answers 401 for an Authorization header that is not a bearer token", async () => {
    const response = await gateway.post({ query: WHOAMI }, { authorization: "Basic dXNlcjpwYXNz" });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("a subgraph that is down", () => {
  const QUERY = "{ cases { id title mediator } }";

  it("yields partial data and an error naming it, then recovers when it returns", async () => {
    await justice.goDown();
    try {
      const partial = await gateway.post({ query: QUERY });
      expect(partial.status).toBe(200);
      expect(partial.data?.cases).toEqual([
        { id: "c1", title: "土地承包纠纷", mediator: null },
        { id: "c2", title: "邻里纠纷", mediator: null },
      ]);
      expect(partial.errors).toHaveLength(1);
      expect(partial.errors?.[0]?.extensions).toMatchObject({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "justice" });
      expect(partial.errors?.[0]?.message).toContain("justice");
    } finally {
      await justice.comeBack();
    }

    const recovered = await gateway.post({ query: QUERY });
    expect(recovered.errors).toBeUndefined();
    expect(recovered.data?.cases).toEqual([
      { id: "c1", title: "土地承包纠纷", mediator: "调解员-c1" },
      { id: "c2", title: "邻里纠纷", mediator: "调解员-c2" },
    ]);
  });

  it("makes /ready answer 503 naming it, and 200 once it is back", async () => {
    const ready = () => fetch(`${gateway.base}/ready`);
    expect((await ready()).status).toBe(200);

    await justice.goDown();
    try {
      const down = await ready();
      expect(down.status).toBe(503);
      const body = (await down.json()) as { failed: { name: string }[]; subgraphs: Record<string, string> };
      expect(body.failed.map((failure) => failure.name)).toEqual(["justice"]);
      expect(body.subgraphs).toEqual({ center: "ready", justice: "not ready" });
    } finally {
      await justice.comeBack();
    }

    center.ready = false;
    try {
      const notReady = await ready();
      expect(notReady.status).toBe(503);
      expect(((await notReady.json()) as { failed: { name: string }[] }).failed.map((failure) => failure.name)).toEqual(["center"]);
    } finally {
      center.ready = true;
    }

    const back = await ready();
    expect(back.status).toBe(200);
    expect(await back.json()).toEqual({ status: "ready", subgraphs: { center: "ready", justice: "ready" } });
  });

  it("keeps /health at 200 regardless", async () => {
    await justice.goDown();
    try {
      const response = await fetch(`${gateway.base}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ok" });
    } finally {
      await justice.comeBack();
    }
  });
});

describe("a misbehaving subgraph", () => {
  let misbehaving: http.Server;
  let answer: (res: http.ServerResponse) => void;
  let stalled: RunningGateway;

  beforeAll(async () => {
    misbehaving = http.createServer((_req, res) => answer(res));
    await new Promise<void>((resolve) => misbehaving.listen(0, "127.0.0.1", resolve));
    const port = (misbehaving.address() as AddressInfo).port;
    stalled = await startGateway([center, justice], issuer, {
      supergraphPath: tempSupergraph(compose([center, justice])),
      subgraphUrls: { center: center.url, justice: `http://127.0.0.1:${port}/graphql` },
      subgraphTimeoutMs: 200,
      readyTimeoutMs: 200,
    });
  });
  afterAll(async () => {
    await stalled.stop();
    misbehaving.closeAllConnections();
    await new Promise((resolve) => misbehaving.close(resolve));
  });

  it("is given up on after the subgraph timeout, with an error naming it", async () => {
    answer = () => undefined;
    const started = Date.now();
    const response = await stalled.post({ query: "{ justiceHello cases { id } }" });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(response.data).toEqual({ justiceHello: null, cases: [{ id: "c1" }, { id: "c2" }] });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "justice" });
  });

  it("makes /ready answer 503 within the readiness timeout when it hangs", async () => {
    answer = () => undefined;
    const started = Date.now();
    const response = await fetch(`${stalled.base}/ready`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { failed: { name: string }[] }).failed.map((failure) => failure.name)).toEqual(["justice"]);
  });

  it("does not pass its refusal of the gateway's credential on as the caller's UNAUTHENTICATED", async () => {
    answer = (res) => {
      res.writeHead(401, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          errors: [{ message: "Subgraphs accept only requests signed by the gateway", extensions: { code: "UNAUTHENTICATED" } }],
        }),
      );
    };
    const response = await stalled.post({ query: "{ justiceHello }" });
    expect(response.status).toBe(200);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "justice", status: 401 });
    expect(stalled.logs.lines.some((line) => String(line.msg).includes("HUB_GATEWAY_SECRET"))).toBe(true);
  });
});

describe("bad requests", () => {
  it("answers 400 GRAPHQL_PARSE_FAILED for a malformed document", async () => {
    const response = await gateway.post({ query: "{ cases { id " });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("answers 400 GRAPHQL_VALIDATION_FAILED for an unknown field", async () => {
    const response = await gateway.post({ query: "{ cases { id colour } }" });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("answers 400 BAD_USER_INPUT for a variable of the wrong type", async () => {
    const response = await gateway.post({ query: "query One($id: ID!) { case(id: $id) { id } }", variables: { id: { nested: true } } });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("relays a subgraph's own refusal of an input, with its code and the subgraph's name", async () => {
    const response = await gateway.post({
      query: "query D($code: DivisionCode!) { division(code: $code) }",
      variables: { code: "110101" },
    });
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", serviceName: "center" });
    expect(response.errors?.[0]?.message).toContain("区划代码须以 15 开头");

    const accepted = await gateway.post({
      query: "query D($code: DivisionCode!) { division(code: $code) }",
      variables: { code: "150202" },
    });
    expect(accepted.data).toEqual({ division: "division 150202" });
  });

  it("answers 400 BAD_REQUEST for a body that is not JSON", async () => {
    const response = await gateway.post("{ not json");
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
  });

  it("still serves after all of the above", async () => {
    const response = await gateway.post({ query: "{ justiceHello }" });
    expect(response.data).toEqual({ justiceHello: "司法所" });
  });
});

describe("the GraphQL IDE", () => {
  const html = (path: string) => fetch(`${gateway.base}${path}`, { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });

  it.each(["/", "/graphql"])("is served at %s and refers only to local assets, all of which load", async (path) => {
    const page = await html(path);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    const text = await page.text();

    const references = [...text.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? "");
    expect(references).toEqual(["ide/graphiql.css", "ide/react.js", "ide/react-dom.js", "ide/graphiql.js", "ide/start.js"]);
    expect(text).not.toMatch(/https?:\/\//);

    for (const reference of references) {
      const asset = await fetch(new URL(reference, `${gateway.base}${path}`));
      expect([reference, asset.status]).toEqual([reference, 200]);
      const body = await asset.text();
      expect(body).not.toMatch(/^\s*</);
      expect(asset.headers.get("content-type")).toMatch(reference.endsWith(".css") ? /text\/css/ : /javascript/);
    }
  });

  it("is not what a GraphQL client gets from GET /graphql", async () => {
    const response = await fetch(`${gateway.base}/graphql?query=${encodeURIComponent("{ justiceHello }")}`, {
      headers: { accept: "application/json", "apollo-require-preflight": "true" },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { justiceHello: "司法所" } });
  });
});

describe("production mode", () => {
  let production: RunningGateway;

  beforeAll(async () => {
    production = await startGateway([center, justice], issuer, {
      supergraphPath: tempSupergraph(compose([center, justice])),
      production: true,
    });
  });
  afterAll(() => production.stop());

  it("serves no IDE and no assets", async () => {
    for (const path of ["/", "/ide/graphiql.js"]) {
      expect((await fetch(`${production.base}${path}`, { headers: { accept: "text/html" } })).status).toBe(404);
    }
    const graphqlPage = await fetch(`${production.base}/graphql`, { headers: { accept: "text/html" } });
    expect(graphqlPage.headers.get("content-type")).not.toContain("text/html");
  });

  it("refuses introspection", async () => {
    const response = await production.post({ query: "{ __schema { queryType { name } } }" });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("still names the missing subgraph", async () => {
    await justice.goDown();
    try {
      const response = await production.post({ query: "{ justiceHello }" });
      expect(response.data).toEqual({ justiceHello: null });
      expect(response.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "justice" }));
      expect(response.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
    } finally {
      await justice.comeBack();
    }
  });
});
