import { randomUUID } from "node:crypto";
import path from "node:path";
import { REQUEST_ID_HEADER, type Actor, type SubgraphServer } from "@hub/subgraph-kit";
import type { GraphQLFormattedError } from "graphql";
import { SignJWT, exportJWK, generateKeyPair, type KeyLike } from "jose";
import pino from "pino";
import { createGatewayServer, type GatewayServerOptions } from "../../gateway/src/server";
import { TEST_GATEWAY_SECRET } from "./env";
import { freePort } from "./free-port";
import { DEPARTMENT_NAMES, type DepartmentName } from "./migrations";
import { startSubgraph, type RunningSubgraph, type StartOptions, type SubgraphFactory } from "./subgraph-harness";

const ISSUER = "hub-test-identity";
const AUDIENCE = "dispute-hub-test";
export const SUPERGRAPH_PATH = path.join(__dirname, "..", "..", "schema", "supergraph.graphql");

/**
 * Webhook hosts as the hub's tests resolve them: the partners' documentation domains to a public
 * address (subscriptions are checked, nothing is ever sent there), nothing else.
 */
async function testWebhookLookup(hostname: string) {
  if (!/(^|\.)example(\.gov\.cn|\.cn)?$/.test(hostname)) throw new Error(`getaddrinfo ENOTFOUND ${hostname}`);
  return [{ address: "93.184.216.34", family: 4 }];
}

/** Every department's `createServer`, found in its `src/department.ts` (the registry names the departments). */
function factoryOf(name: DepartmentName): SubgraphFactory<SubgraphServer> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the registry, not this file, says which departments there are
  const department = require(path.join(__dirname, "..", "..", "subgraphs", name, "src", "department")) as {
    createServer?: (
      options: Parameters<SubgraphFactory<SubgraphServer>>[0] & { webhookLookup: typeof testWebhookLookup },
    ) => Promise<SubgraphServer>;
  };
  const create = department.createServer;
  if (typeof create !== "function") throw new Error(`subgraphs/${name}/src/department.ts exports no createServer`);
  return (options) => create({ ...options, webhookLookup: testWebhookLookup });
}

const FACTORIES = Object.fromEntries(DEPARTMENT_NAMES.map((name) => [name, factoryOf(name)])) as Record<
  DepartmentName,
  SubgraphFactory<SubgraphServer>
>;

export interface HubResponse<T> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

export interface RunningHub {
  gatewayUrl: string;
  subgraphs: Record<DepartmentName, RunningSubgraph<SubgraphServer>>;
  /** Every log line the subgraphs wrote, in order. */
  subgraphLogs: Record<string, unknown>[];
  /** A bearer token for `actor`: valid 10 minutes, or for `times` as an expiresIn ("5s"), or with exact unix times. */
  tokenFor(actor: Actor, times?: TokenTimes | string): Promise<string>;
  /** Sends a GraphQL request through the gateway as `as` (anonymous when null). */
  request<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    as?: Actor | null,
    headers?: Record<string, string>,
  ): Promise<HubResponse<T>>;
  /** Stops one subgraph, as if its server went down. */
  stopSubgraph(name: DepartmentName): Promise<void>;
  /** Starts it again on the same port. */
  restartSubgraph(name: DepartmentName): Promise<void>;
  resetQueries(): void;
  stop(): Promise<void>;
}

export interface TokenTimes {
  issuedAt?: number;
  expiresAt?: number;
  /** Relative to now, e.g. "5s" (when expiresAt is not given). */
  expiresIn?: string;
}

export interface HubOptions {
  /** A department's clock, e.g. one a test moves past a legal time limit. */
  clocks?: Partial<Record<DepartmentName, () => Date>>;
  /** Gateway options to override, e.g. its limits, rate limits or persisted-operations mode. */
  gateway?: Partial<GatewayServerOptions>;
  /**
   * Route the gateway to these URLs instead of the in-process subgraphs, e.g. a department run as
   * a child process (`child-subgraph.ts`) that a test can kill; its in-process twin stays unused.
   */
  subgraphUrls?: Partial<Record<DepartmentName, string>>;
  /** Run on a free port chosen before the hub starts (so a child process can be told it first). */
  gatewayPort?: number;
  /** Databases of the test's own (see `ownDatabase`) instead of the departments' shared test databases. */
  databaseUrls?: Partial<Record<DepartmentName, string>>;
}

/** The gateway over all four subgraphs, in this process, on free ports, against the test databases. */
export async function startHub(hubOptions: HubOptions = {}): Promise<RunningHub> {
  const subgraphLogs: Record<string, unknown>[] = [];
  const gatewayPort = hubOptions.gatewayPort ?? (await freePort());
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
  const options: StartOptions = { logSink: (line) => subgraphLogs.push(line), gatewayUrl };
  const names = Object.keys(FACTORIES) as DepartmentName[];
  const optionsOf = (name: DepartmentName): StartOptions => {
    const clock = hubOptions.clocks?.[name];
    const databaseUrl = hubOptions.databaseUrls?.[name];
    return { ...options, ...(clock ? { clock } : {}), ...(databaseUrl ? { databaseUrl } : {}) };
  };
  const started = await Promise.all(names.map((name) => startSubgraph(name, FACTORIES[name], optionsOf(name))));
  const subgraphs = Object.fromEntries(names.map((name, i) => [name, started[i]])) as Record<
    DepartmentName,
    RunningSubgraph<SubgraphServer>
  >;

  const { publicKey, privateKey } = await generateKeyPair("ES256");
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: "test", alg: "ES256", use: "sig" }] };
  const gateway = await createGatewayServer({
    supergraphPath: SUPERGRAPH_PATH,
    subgraphUrls: Object.fromEntries(names.map((name) => [name, hubOptions.subgraphUrls?.[name] ?? subgraphs[name].url])),
    jwks,
    issuer: ISSUER,
    audience: AUDIENCE,
    gatewaySecret: TEST_GATEWAY_SECRET,
    production: false,
    log: pino({ level: "silent" }),
    ...hubOptions.gateway,
  });
  await gateway.listen(gatewayPort, "127.0.0.1");

  const tokenFor = (actor: Actor, times: TokenTimes | string = {}) =>
    sign(privateKey, actor, typeof times === "string" ? { expiresIn: times } : times);

  return {
    gatewayUrl,
    subgraphs,
    subgraphLogs,
    tokenFor,
    async request(query, variables = {}, as = null, headers = {}) {
      const auth: Record<string, string> = as ? { authorization: `Bearer ${await tokenFor(as)}` } : {};
      const response = await fetch(gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", [REQUEST_ID_HEADER]: randomUUID(), ...auth, ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: GraphQLFormattedError[] };
      return { status: response.status, headers: response.headers, ...body };
    },
    async stopSubgraph(name) {
      await subgraphs[name].stop();
    },
    async restartSubgraph(name) {
      subgraphs[name] = await startSubgraph(name, FACTORIES[name], { ...optionsOf(name), port: subgraphs[name].port });
    },
    resetQueries() {
      for (const name of names) subgraphs[name].resetQueries();
    },
    async stop() {
      await gateway.stop();
      await Promise.all(names.map((name) => subgraphs[name].stop().catch(() => undefined)));
    },
  };
}

function sign(key: KeyLike, actor: Actor, times: TokenTimes = {}): Promise<string> {
  return new SignJWT({
    name: actor.name,
    org: actor.organisationId,
    dept: actor.department,
    jur: actor.jurisdictionCode,
    roles: actor.roles,
  })
    .setProtectedHeader({ alg: "ES256", kid: "test" })
    .setSubject(actor.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(times.issuedAt ?? Math.floor(Date.now() / 1000))
    .setExpirationTime(times.expiresAt ?? times.expiresIn ?? "10m")
    .sign(key);
}
