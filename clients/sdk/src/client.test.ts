import http from "node:http";
import type { AddressInfo } from "node:net";
import { HubClient } from "./client";
import { hubDocument } from "./document";
import { HubRequestError } from "./errors";

let server: http.Server;
let url: string;
let lastHeaders: http.IncomingHttpHeaders = {};
const bodies: Record<string, unknown>[] = [];

const ok = hubDocument<{ ok: boolean }, Record<string, never>>({
  name: "Ok",
  kind: "query",
  workspace: "public",
  hash: "h-ok",
  body: "{ ok }",
});
const partial = hubDocument<{ dispute: { id: string } }, { id: string }>({
  name: "Partial",
  kind: "query",
  workspace: "public",
  hash: "h-partial",
  body: "query Partial($id: ID!) { partial: dispute(id: $id) { id } }",
});
const invalid = hubDocument<{ x: number }, Record<string, never>>({
  name: "Bad",
  kind: "query",
  workspace: "public",
  hash: "h-bad",
  body: "{ bad }",
});
const input = hubDocument<{ y: number }, Record<string, never>>({
  name: "Input",
  kind: "mutation",
  workspace: "public",
  hash: "h-input",
  body: "mutation { input }",
});

beforeAll(async () => {
  server = http.createServer((req, res) => {
    lastHeaders = req.headers;
    let text = "";
    req.on("data", (chunk: Buffer) => (text += chunk.toString()));
    req.on("end", () => {
      const body = JSON.parse(text) as { query?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } };
      bodies.push(body);
      res.setHeader("content-type", "application/json");
      const query = body.query ?? "";
      if (body.query === undefined && body.extensions?.persistedQuery?.sha256Hash === "h-partial") {
        res.end(JSON.stringify({ errors: [{ message: "unknown", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] }));
      } else if (query.includes("partial")) {
        res.end(
          JSON.stringify({
            data: { dispute: { id: "1" } },
            errors: [
              { message: "court down", path: ["dispute", "court"], extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "court" } },
            ],
          }),
        );
      } else if (query.includes("bad")) {
        res.statusCode = 400;
        res.end(JSON.stringify({ errors: [{ message: "bad", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }] }));
      } else if (query.includes("input")) {
        res.end(
          JSON.stringify({
            data: null,
            errors: [
              {
                message: "号码无效 / invalid",
                extensions: { code: "BAD_USER_INPUT", field: "input.parties.0.idNumber", rule: "GB 11643" },
              },
            ],
          }),
        );
      } else {
        res.end(JSON.stringify({ data: { ok: true } }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it("sends the bearer token, a request id and the operation's text and name, and resolves with data", async () => {
  const client = new HubClient({ url, token: "t0k" });
  await expect(client.request(ok, {}, { requestId: "rid-1" })).resolves.toEqual({ ok: true });
  expect(lastHeaders.authorization).toBe("Bearer t0k");
  expect(lastHeaders["x-request-id"]).toBe("rid-1");
  expect(bodies.at(-1)).toEqual({ operationName: "Ok", variables: {}, query: "{ ok }" });
});

it("reads the token from a function at each request", async () => {
  let current = "first";
  const client = new HubClient({ url, token: () => current });
  await client.request(ok);
  expect(lastHeaders.authorization).toBe("Bearer first");
  current = "second";
  await client.request(ok);
  expect(lastHeaders.authorization).toBe("Bearer second");
});

it("sends only the persisted-operation hash when asked, and the text when the gateway does not know the hash", async () => {
  const client = new HubClient({ url, send: "hash" });
  await client.request(ok);
  expect(bodies.at(-1)).toEqual({ operationName: "Ok", variables: {}, extensions: { persistedQuery: { version: 1, sha256Hash: "h-ok" } } });
  await client.execute(partial, { id: "1" });
  expect(bodies.slice(-2).map((body) => ("query" in body ? "text" : "hash"))).toEqual(["hash", "text"]);
});

it("rejects with the stable codes and keeps partial data and the failing service", async () => {
  const error = await new HubClient({ url }).request(partial, { id: "1" }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HubRequestError);
  const refused = error as HubRequestError;
  expect(refused.codes).toEqual(["SUBGRAPH_UNAVAILABLE"]);
  expect(refused.data).toEqual({ dispute: { id: "1" } });
  const [first] = refused.errors;
  expect(first?.code === "SUBGRAPH_UNAVAILABLE" && first.serviceName).toBe("court");
});

it("types an input error with the field at fault and the rule broken", async () => {
  const result = await new HubClient({ url }).execute(input);
  expect(result.ok).toBe(false);
  const [error] = result.errors;
  if (error?.code !== "BAD_USER_INPUT") throw new Error(`expected BAD_USER_INPUT, got ${String(error?.code)}`);
  expect({ field: error.field, rule: error.rule }).toEqual({ field: "input.parties.0.idNumber", rule: "GB 11643" });
});

it("rejects a refused document with its HTTP status", async () => {
  const error = (await new HubClient({ url }).request(invalid).catch((e: unknown) => e)) as HubRequestError;
  expect(error.status).toBe(400);
  expect(error.codes).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
});

it("answers NETWORK_ERROR when nothing listens", async () => {
  const result = await new HubClient({ url: "http://127.0.0.1:1/graphql", timeoutMs: 2000 }).execute(ok);
  expect(result.errors.map((error) => error.code)).toEqual(["NETWORK_ERROR"]);
});
