import http from "node:http";
import type { AddressInfo } from "node:net";
import { HubClient, HubRequestError } from "./hub-client";

let server: http.Server;
let url: string;
let lastHeaders: http.IncomingHttpHeaders = {};

beforeAll(async () => {
  server = http.createServer((req, res) => {
    lastHeaders = req.headers;
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const { query } = JSON.parse(body) as { query: string };
      res.setHeader("content-type", "application/json");
      if (query.includes("partial")) {
        res.end(
          JSON.stringify({
            data: { dispute: { id: "1" } },
            errors: [{ message: "court down", extensions: { code: "SUBGRAPH_UNAVAILABLE" } }],
          }),
        );
      } else if (query.includes("bad")) {
        res.statusCode = 400;
        res.end(JSON.stringify({ errors: [{ message: "bad", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }] }));
      } else {
        res.end(JSON.stringify({ data: { ok: true } }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it("sends the bearer token and a request id, and resolves with data", async () => {
  const client = new HubClient({ url, token: "t0k" });
  await expect(client.request("{ ok }", {}, "rid-1")).resolves.toEqual({ ok: true });
  expect(lastHeaders.authorization).toBe("Bearer t0k");
  expect(lastHeaders["x-request-id"]).toBe("rid-1");
});

it("rejects with the stable codes and keeps partial data", async () => {
  const error = await new HubClient({ url }).request("{ partial }").catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HubRequestError);
  expect((error as HubRequestError).codes).toEqual(["SUBGRAPH_UNAVAILABLE"]);
  expect((error as HubRequestError).data).toEqual({ dispute: { id: "1" } });
});

it("rejects a refused document with its HTTP status", async () => {
  const error = (await new HubClient({ url }).request("{ bad }").catch((e: unknown) => e)) as HubRequestError;
  expect(error.status).toBe(400);
  expect(error.codes).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
});
