import { mkdtempSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { composeServices } from "@apollo/composition";
import { verifyActor, type Actor } from "@hub/contract";
import { GraphQLError, parse, type GraphQLFormattedError } from "graphql";
import pino from "pino";
import { createGatewayServer, type GatewayServer, type GatewayServerOptions } from "../src/server";
import type { FakeSubgraph, FakeSubgraphContext } from "./fake-subgraph";
import { AUDIENCE, ISSUER, type TestIssuer } from "./tokens";

export const GATEWAY_SECRET = "gateway-secret-for-tests-0123456789abcdef";

const FEDERATION = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])`;

export const CENTER_SDL = `${FEDERATION}
type Query {
  whoami: Who!
  cases: [Case!]!
  case(id: ID!): Case
  slow: String!
  division(code: DivisionCode!): String
}
scalar DivisionCode
type Who { userId: String! name: String! department: String! organisationId: String jurisdictionCode: String roles: [String!]! requestId: String! }
type Case @key(fields: "id") { id: ID! title: String! }
`;

/** CENTER_SDL plus one field, to tell the schemas apart after a reload. */
export const CENTER_SDL_V2 = CENTER_SDL.replace("slow: String!", "slow: String!\n  motto: String!");

export const JUSTICE_SDL = `${FEDERATION}
type Query { justiceHello: String }
type Case @key(fields: "id") { id: ID! mediator: String }
`;

/** The gateway-signed actor a fake subgraph received, checked the way a real subgraph checks it. */
export async function actorFrom(context: FakeSubgraphContext): Promise<Actor> {
  const token = context.headers["x-hub-actor"];
  if (typeof token !== "string") throw new GraphQLError("no gateway credential", { extensions: { code: "UNAUTHENTICATED" } });
  return verifyActor(token, GATEWAY_SECRET);
}

export function compose(subgraphs: Pick<FakeSubgraph, "name" | "typeDefs">[]): string {
  const result = composeServices(
    // The URL in the file is deliberately wrong: the gateway must use its configuration.
    subgraphs.map((subgraph) => ({ name: subgraph.name, typeDefs: parse(subgraph.typeDefs), url: "http://127.0.0.1:9/graphql" })),
  );
  if (result.errors) throw new Error(`composition failed: ${result.errors.map((error) => error.message).join("; ")}`);
  return result.supergraphSdl;
}

/** Replaces the file in one step, as a deployment should. */
export function writeAtomically(file: string, content: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

export function tempSupergraph(sdl: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "hub-gateway-")), "supergraph.graphql");
  writeFileSync(file, sdl);
  return file;
}

export interface LogCapture {
  lines: Record<string, unknown>[];
  log: pino.Logger;
}

export function captureLogs(): LogCapture {
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: "debug" }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { lines, log };
}

export interface RunningGateway {
  url: string;
  base: string;
  server: GatewayServer;
  logs: LogCapture;
  post(body: unknown, headers?: Record<string, string>): Promise<GraphQLResponse>;
  stop(): Promise<void>;
}

export interface GraphQLResponse {
  status: number;
  headers: Headers;
  data?: Record<string, any> | null;
  errors?: GraphQLFormattedError[];
}

export async function startGateway(
  subgraphs: FakeSubgraph[],
  issuer: TestIssuer,
  overrides: Partial<GatewayServerOptions> & { supergraphPath: string },
): Promise<RunningGateway> {
  const logs = captureLogs();
  const server = await createGatewayServer({
    subgraphUrls: Object.fromEntries(subgraphs.map((subgraph) => [subgraph.name, subgraph.url])),
    jwks: issuer.jwks,
    issuer: ISSUER,
    audience: AUDIENCE,
    gatewaySecret: GATEWAY_SECRET,
    production: false,
    log: logs.log,
    supergraphPollIntervalMs: 25,
    readyTimeoutMs: 500,
    subgraphTimeoutMs: 2000,
    // The fake subgraphs' root fields are not the hub's; tests/e2e exercise the access policy.
    accessPolicy: false,
    ...overrides,
  });
  const port = await server.listen(0, "127.0.0.1");
  const base = `http://127.0.0.1:${port}`;
  return {
    url: `${base}/graphql`,
    base,
    server,
    logs,
    async post(body, headers = {}) {
      const response = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
      const text = await response.text();
      const parsed = JSON.parse(text) as Omit<GraphQLResponse, "status" | "headers">;
      return { status: response.status, headers: response.headers, ...parsed };
    },
    stop: () => server.stop(),
  };
}
