import http from "node:http";
import type { AddressInfo } from "node:net";
import { EventConsumer } from "../../subgraphs/center/src/consumer/event-consumer";
import { localFeedSource } from "../../subgraphs/center/src/consumer/feed-source";
import { createCenterServer, type CenterServer } from "../../subgraphs/center/src/server";
import { WebhookWorker } from "../../subgraphs/center/src/webhooks/delivery-worker";
import { parseEgressAllowlist, type EgressPolicy } from "../../subgraphs/center/src/webhooks/egress/egress-policy";
import { quietLog, receiveDisputes } from "../../subgraphs/center/test/event-fixtures";
import { seedCentre } from "../../subgraphs/center/test/fixtures";
import { actor } from "../support/actors";
import { ownDatabase } from "../support/own-database";
import { startSubgraph, type RunningSubgraph } from "../support/subgraph-harness";

/**
 * Finding 3: a partner's webhook URL made the centre call its own database, the other
 * subgraphs and the metadata service, and the delivery status told the partner what answered.
 */

/** A public address the tests resolve names to; nothing ever connects to it. */
const PUBLIC = "93.184.216.34";
let rebindLookups = 0;
const DNS: Record<string, () => string[]> = {
  localhost: () => ["127.0.0.1", "::1"],
  "partner.example.cn": () => [PUBLIC],
  "internal.partner.test": () => ["10.1.2.3"],
  "mixed.partner.test": () => [PUBLIC, "127.0.0.1"],
  "metadata.partner.test": () => ["169.254.169.254"],
  "mapped.partner.test": () => ["::ffff:127.0.0.1"],
  // Public when the partner subscribes, the centre's own loopback when the delivery is due.
  "rebind.partner.test": () => (rebindLookups++ === 0 ? [PUBLIC] : ["127.0.0.1"]),
  "hooks.operator.test": () => ["127.0.0.1"],
};
async function lookup(hostname: string) {
  const answer = DNS[hostname];
  if (!answer) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
  return answer().map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
}

function startCentre(databaseUrl: string, policy: EgressPolicy) {
  return startSubgraph<CenterServer>(
    "center",
    (options) => createCenterServer({ ...options, env: { ...options.env, webhookEgress: policy }, webhookLookup: lookup }),
    { databaseUrl },
  );
}

const SUBSCRIBE = `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { id } }`;
const DELIVERIES = `query($id: ID!) { webhookDeliveries(subscriptionId: $id) { status lastError lastStatusCode } }`;
const partner = (organisationId: string) =>
  actor({ department: "PARTNER", roles: ["PARTNER_SYSTEM"], organisationId, jurisdictionCode: "1502" });
const SECRET = "partner-secret-that-is-long-enough-0123456789";

let production: RunningSubgraph<CenterServer>;
let operator: RunningSubgraph<CenterServer>;
let worker: WebhookWorker | undefined;
let internal: http.Server;
const hits: string[] = [];

beforeAll(async () => {
  const databaseUrl = await ownDatabase("center");
  // Production: https only, nothing allowlisted.
  production = await startCentre(databaseUrl, { requireHttps: true, allowedHosts: [], allowedNetworks: [] });
  // An operator who lets one named host and one loopback address in (test partners listen on loopback).
  operator = await startCentre(databaseUrl, { requireHttps: false, ...parseEgressAllowlist("hooks.operator.test,127.0.0.2/32") });
  internal = http.createServer((request, response) => {
    hits.push(request.url ?? "");
    if (request.url === "/redirect") response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
    else response.writeHead(200).end("internal service");
  });
  await new Promise<void>((resolve) => internal.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  await worker?.stop();
  internal.closeAllConnections();
  await new Promise<void>((resolve) => internal.close(() => resolve()));
  await production.stop();
  await operator.stop();
});

async function subscribe(center: RunningSubgraph<CenterServer>, url: string, organisationId = "org-ssrf") {
  return center.request<{ createWebhookSubscription: { id: string } }>(
    SUBSCRIBE,
    { input: { url, secret: SECRET, eventTypes: ["dispute.received"], jurisdictionCode: "150202" } },
    partner(organisationId),
  );
}

describe("webhook endpoints (finding 3: SSRF)", () => {
  it.each([
    ["the centre's own port", "https://127.0.0.1:4001/graphql", "REFUSED_ADDRESS"],
    ["the embedded database", "https://127.0.0.1:54329/", "REFUSED_ADDRESS"],
    ["localhost", "https://localhost/hook", "REFUSED_ADDRESS"],
    ["IPv6 loopback", "https://[::1]/hook", "REFUSED_ADDRESS"],
    ["the unspecified address", "https://0.0.0.0/hook", "REFUSED_ADDRESS"],
    ["the IPv6 unspecified address", "https://[::]/hook", "REFUSED_ADDRESS"],
    ["the cloud metadata service", "https://169.254.169.254/latest/meta-data/", "REFUSED_ADDRESS"],
    ["loopback written in decimal", "https://2130706433/hook", "REFUSED_ADDRESS"],
    ["loopback written in hex", "https://0x7f000001/hook", "REFUSED_ADDRESS"],
    ["loopback written in octal", "https://0177.0.0.1/hook", "REFUSED_ADDRESS"],
    ["IPv4-mapped IPv6 loopback", "https://[::ffff:127.0.0.1]/hook", "REFUSED_ADDRESS"],
    ["a private network (10/8)", "https://10.0.0.5/hook", "REFUSED_ADDRESS"],
    ["a private network (172.16/12)", "https://172.16.4.1/hook", "REFUSED_ADDRESS"],
    ["a private network (192.168/16)", "https://192.168.1.1/hook", "REFUSED_ADDRESS"],
    ["carrier-grade NAT (100.64/10)", "https://100.64.0.1/hook", "REFUSED_ADDRESS"],
    ["IPv6 link-local", "https://[fe80::1]/hook", "REFUSED_ADDRESS"],
    ["IPv6 unique-local", "https://[fd12:3456::1]/hook", "REFUSED_ADDRESS"],
    ["multicast", "https://224.0.0.1/hook", "REFUSED_ADDRESS"],
    ["a name resolving to a private address", "https://internal.partner.test/hook", "REFUSED_ADDRESS"],
    ["a name with one public and one loopback address", "https://mixed.partner.test/hook", "REFUSED_ADDRESS"],
    ["a name resolving to the metadata service", "https://metadata.partner.test/hook", "REFUSED_ADDRESS"],
    ["a name resolving to IPv4-mapped loopback", "https://mapped.partner.test/hook", "REFUSED_ADDRESS"],
    ["a name that does not resolve", "https://nowhere.partner.test/hook", "UNRESOLVABLE"],
    ["user:pass@ in the URL", "https://user:pass@partner.example.cn/hook", "CREDENTIALS"],
    ["plain http in production", "http://partner.example.cn/hook", "HTTPS_REQUIRED"],
  ])("refuses %s at subscription time, and stores nothing", async (_case, url, reason) => {
    const before = await production.server.db.webhookSubscription.count();
    const response = await subscribe(production, url);
    expect(response.data?.createWebhookSubscription ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.url", reason });
    expect(await production.server.db.webhookSubscription.count()).toBe(before);
  });

  it("accepts a public https endpoint", async () => {
    const response = await subscribe(production, "https://partner.example.cn/hook");
    expect(response.errors).toBeUndefined();
    expect(response.data?.createWebhookSubscription.id).toEqual(expect.any(String));
  });

  it("checks the address again at delivery, connects only where the operator allows, and shows partners coded reasons only", async () => {
    const port = (internal.address() as AddressInfo).port;
    const subscriptions: Record<string, string> = {};
    for (const [name, url] of Object.entries({
      rebind: `http://rebind.partner.test:${port}/rebound`,
      allowed: `http://hooks.operator.test:${port}/allowed`,
      redirect: `http://hooks.operator.test:${port}/redirect`,
      closed: `http://127.0.0.2:1/closed`,
    })) {
      const response = await subscribe(operator, url, `org-${name}`);
      if (!response.data) throw new Error(`${name}: ${JSON.stringify(response.errors)}`);
      subscriptions[name] = response.data.createWebhookSubscription.id;
    }
    expect(rebindLookups).toBe(1);

    const centreId = (await seedCentre(operator.server.db)).id;
    const [disputeId] = await receiveDisputes(operator, centreId, 1);
    const consumer = new EventConsumer({
      db: operator.server.db,
      log: quietLog,
      pollMs: 1000,
      sources: [localFeedSource(operator.server.db)],
    });
    const owed = () => operator.server.db.webhookDelivery.count({ where: { subscriptionId: { in: Object.values(subscriptions) } } });
    for (let polls = 0; (await owed()) < 4; polls++) {
      if (polls > 200) throw new Error(`the deliveries for dispute ${disputeId} were never created`);
      await consumer.pollOnce();
    }

    worker = new WebhookWorker({
      db: operator.server.db,
      cipher: operator.server.services.cipher,
      log: quietLog,
      egress: operator.server.services.webhookEgress,
      settings: { pollMs: 20, timeoutMs: 2_000, concurrency: 8, maxAttempts: 1, backoffBaseMs: 20, backoffMaxMs: 50 },
    });
    worker.start();
    const settled = async () =>
      (await operator.server.db.webhookDelivery.count({
        where: { subscriptionId: { in: Object.values(subscriptions) }, status: { not: "PENDING" } },
      })) === 4;
    const deadline = Date.now() + 20_000;
    while (!(await settled())) {
      if (Date.now() > deadline) throw new Error("the deliveries did not settle");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await worker.stop();

    const seen = async (name: string) => {
      const response = await operator.request<{
        webhookDeliveries: { status: string; lastError: string | null; lastStatusCode: number | null }[];
      }>(DELIVERIES, { id: subscriptions[name] }, partner(`org-${name}`));
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      return response.data.webhookDeliveries;
    };
    // The host now resolves to loopback: refused before any connection, the internal service never hit.
    expect(await seen("rebind")).toEqual([{ status: "DEAD", lastError: "REFUSED_ADDRESS", lastStatusCode: null }]);
    // Allowlisted by the operator: delivered.
    expect(await seen("allowed")).toEqual([{ status: "DELIVERED", lastError: null, lastStatusCode: 200 }]);
    // A redirect is not followed.
    expect(await seen("redirect")).toEqual([{ status: "DEAD", lastError: "HTTP_3xx", lastStatusCode: 302 }]);
    // A closed port reads as unreachable, never as the network's own words.
    expect(await seen("closed")).toEqual([{ status: "DEAD", lastError: "UNREACHABLE", lastStatusCode: null }]);
    expect(hits.sort()).toEqual(["/allowed", "/redirect"]);
  }, 40_000);
});
