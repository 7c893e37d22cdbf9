import http from "node:http";
import type { AddressInfo } from "node:net";
import { actor, centreSupervisor } from "../../../tests/support/actors";
import { ownDatabase } from "../../../tests/support/own-database";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { EventConsumer } from "../src/consumer/event-consumer";
import { reconcile } from "../src/reconciliation/reconcile";
import { localFeedSource } from "../src/consumer/feed-source";
import { createCenterServer, type CenterServer } from "../src/server";
import { WebhookWorker } from "../src/webhooks/delivery-worker";
import { parseEgressAllowlist } from "../src/webhooks/egress/egress-policy";
import { EVENT_ID_HEADER, SIGNATURE_HEADER, verifySignature } from "../src/webhooks/signature";
import { quietLog, receiveDisputes } from "./event-fixtures";
import { seedCentre } from "./fixtures";

interface Received {
  eventId: string;
  body: { id: string; type: string; disputeId: string };
  validSignature: boolean;
  at: number;
}

/** A partner's endpoint: `answer` decides each response (status, or a delay before it). */
async function partnerEndpoint(secret: string, answer: (attempt: number) => { status: number; delayMs?: number }) {
  const received: Received[] = [];
  let attempts = 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const { status, delayMs = 0 } = answer(++attempts);
      setTimeout(() => {
        if (response.destroyed) return;
        if (status >= 200 && status < 300) {
          received.push({
            eventId: String(request.headers[EVENT_ID_HEADER]),
            body: JSON.parse(raw) as Received["body"],
            validSignature: verifySignature(secret, String(request.headers[SIGNATURE_HEADER]), raw, Math.floor(Date.now() / 1000)),
            at: Date.now(),
          });
        }
        response.writeHead(status).end();
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    attempts: () => attempts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const SUBSCRIBE = `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { id status } }`;
const partner = (organisationId: string) =>
  actor({ department: "PARTNER", roles: ["PARTNER_SYSTEM"], organisationId, jurisdictionCode: "1502" });
const secretOf = (name: string) => `${name}-secret-that-is-long-enough-0123456789`;

let center: RunningSubgraph<CenterServer>;
let worker: WebhookWorker;
const endpoints: { close(): Promise<void> }[] = [];

/** Test partners listen on loopback, which only an operator's allowlist opens to webhooks. */
const TEST_EGRESS = { requireHttps: false, ...parseEgressAllowlist("127.0.0.1/32") };
/** The one public name these tests subscribe to; it is never called. */
const testLookup = async (hostname: string) => {
  if (hostname !== "partner.example.cn") throw new Error(`getaddrinfo ENOTFOUND ${hostname}`);
  return [{ address: "93.184.216.34", family: 4 }];
};

beforeAll(async () => {
  center = await startSubgraph(
    "center",
    (options) => createCenterServer({ ...options, env: { ...options.env, webhookEgress: TEST_EGRESS }, webhookLookup: testLookup }),
    { databaseUrl: await ownDatabase("center") },
  );
});
afterAll(async () => {
  await worker?.stop();
  await Promise.all(endpoints.map((endpoint) => endpoint.close()));
  await center.stop();
});

async function subscribe(name: string, url: string) {
  const response = await center.request<{ createWebhookSubscription: { id: string } }>(
    SUBSCRIBE,
    { input: { url, secret: secretOf(name), eventTypes: ["dispute.received"], jurisdictionCode: "150202" } },
    partner(`org-${name}`),
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.createWebhookSubscription.id;
}

async function until(probe: () => Promise<boolean> | boolean, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("partner webhooks", () => {
  it("delivers every event to a recovering partner, dead-letters a dead one for replay, and a slow one delays no one", async () => {
    const flaky = await partnerEndpoint(secretOf("flaky"), (attempt) => ({ status: attempt <= 5 ? 503 : 200 }));
    let deadRecovered = false;
    const dead = await partnerEndpoint(secretOf("dead"), () => ({ status: deadRecovered ? 200 : 500 }));
    const slow = await partnerEndpoint(secretOf("slow"), () => ({ status: 200, delayMs: 3_000 }));
    const fast = await partnerEndpoint(secretOf("fast"), () => ({ status: 200 }));
    endpoints.push(flaky, dead, slow, fast);
    const subscriptions = {
      flaky: await subscribe("flaky", flaky.url),
      dead: await subscribe("dead", dead.url),
      slow: await subscribe("slow", slow.url),
      fast: await subscribe("fast", fast.url),
    };

    const centreId = (await seedCentre(center.server.db)).id;
    const disputeIds = await receiveDisputes(center, centreId, 3);
    // The feed serves only transactions below every open one's horizon (docs/events.md), and other
    // databases' transactions on the same server hold it back: poll until all three are in.
    const consumer = new EventConsumer({ db: center.server.db, log: quietLog, pollMs: 1000, sources: [localFeedSource(center.server.db)] });
    const received = () => center.server.db.consumedEvent.findMany({ where: { disputeId: { in: disputeIds }, type: "dispute.received" } });
    await until(async () => {
      await consumer.pollOnce();
      return (await received()).length === 3;
    }, "the three receipts to be consumed");
    const eventIds = (await received()).map((row) => row.eventId);
    expect(eventIds).toHaveLength(3);

    worker = new WebhookWorker({
      db: center.server.db,
      cipher: center.server.services.cipher,
      log: quietLog,
      egress: center.server.services.webhookEgress,
      settings: { pollMs: 20, timeoutMs: 1_000, concurrency: 8, maxAttempts: 7, backoffBaseMs: 20, backoffMaxMs: 200 },
    });
    worker.start();

    // The fast partner has everything while the slow one (3 s per answer) has not answered once:
    // an ordering, not a wall-clock bound, so a loaded machine cannot make it flake.
    await until(() => fast.received.length === 3, "the fast partner");
    expect(slow.received).toHaveLength(0);

    // The flaky partner failed five times, then received every event once, each signed, under its stable id.
    await until(() => new Set(flaky.received.map((hit) => hit.eventId)).size === 3, "the flaky partner");
    expect(flaky.attempts()).toBeGreaterThanOrEqual(8);
    for (const partnerHits of [flaky.received, fast.received]) {
      expect(partnerHits.map((hit) => hit.eventId).sort()).toEqual([...eventIds].sort());
      expect(partnerHits.every((hit) => hit.validSignature && hit.body.id === hit.eventId)).toBe(true);
    }
    // A signature made with another partner's secret does not verify.
    expect(verifySignature(secretOf("dead"), "t=1,v1=00", "{}", 1)).toBe(false);

    // The dead partner's deliveries are dead-lettered after the configured attempts.
    await until(
      async () => (await center.server.db.webhookDelivery.count({ where: { subscriptionId: subscriptions.dead, status: "DEAD" } })) === 3,
      "dead letters",
    );
    const deadLetters = await center.server.db.webhookDelivery.findMany({ where: { subscriptionId: subscriptions.dead } });
    expect(deadLetters.every((row) => row.attempts === 7 && row.lastError === "HTTP_5xx" && row.lastStatusCode === 500)).toBe(true);

    // The operator replays them once the partner is back; another organisation's system may not.
    deadRecovered = true;
    const partnerReplay = await center.request(
      `mutation($id: ID!) { replayDeadWebhookDeliveries(subscriptionId: $id) }`,
      { id: subscriptions.dead },
      partner("org-other"),
    );
    expect(partnerReplay.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const replay = await center.request<{ replayDeadWebhookDeliveries: number }>(
      `mutation($id: ID!) { replayDeadWebhookDeliveries(subscriptionId: $id) }`,
      { id: subscriptions.dead },
      centreSupervisor(),
    );
    expect(replay.data?.replayDeadWebhookDeliveries).toBe(3);
    await until(() => new Set(dead.received.map((hit) => hit.eventId)).size === 3, "the replayed deliveries");
    expect(dead.received.every((hit) => hit.validSignature)).toBe(true);

    // The slow partner is cut off at the timeout and retried, and never held the others back.
    await until(
      async () =>
        (await center.server.db.webhookDelivery.count({
          where: { subscriptionId: subscriptions.slow, lastError: "TIMEOUT" },
        })) > 0,
      "the slow partner's timeout",
    );

    // Reconciliation: every delivery owed exists; then a planted missing one is named.
    const sources = [localFeedSource(center.server.db)];
    const clean = await reconcile(center.server.db, sources, new Date());
    expect(clean.deliveryGaps).toEqual([]);
    expect(clean.gapCount).toBe(0);
    const [removed] = await center.server.db.$queryRaw<{ event_id: string }[]>`
      DELETE FROM webhook_delivery WHERE subscription_id = ${subscriptions.fast}::uuid AND event_id = ${eventIds[0]}::uuid RETURNING event_id::text`;
    expect(removed?.event_id).toBe(eventIds[0]);
    const planted = await reconcile(center.server.db, sources, new Date());
    expect(planted.deliveryGaps).toEqual([{ eventId: eventIds[0], subscriptionId: subscriptions.fast, kind: "MISSING", deliveryId: null }]);
    expect(planted.gapCount).toBe(1);
  }, 60_000);

  it("lets a partner manage only its own subscriptions, and never shows the secret", async () => {
    const id = await subscribe("owner", "https://partner.example.cn/hook");
    const stranger = await center.request(
      `mutation($id: ID!) { pauseWebhookSubscription(id: $id) { status } }`,
      { id },
      partner("org-other"),
    );
    expect(stranger.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const paused = await center.request<{ pauseWebhookSubscription: { status: string } }>(
      `mutation($id: ID!) { pauseWebhookSubscription(id: $id) { status } }`,
      { id },
      partner("org-owner"),
    );
    expect(paused.data?.pauseWebhookSubscription.status).toBe("PAUSED");
    const stored = await center.server.db.webhookSubscription.findUniqueOrThrow({ where: { id } });
    expect(stored.secretCipher).not.toContain("secret");
    expect(center.server.services.cipher.decrypt(stored.secretCipher)).toBe(secretOf("owner"));
    const badUrl = await center.request(
      SUBSCRIBE,
      { input: { url: "ftp://x", secret: secretOf("x"), eventTypes: ["dispute.received"], jurisdictionCode: "150202" } },
      partner("org-x"),
    );
    expect(badUrl.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.url" });
    const outside = await center.request(
      SUBSCRIBE,
      { input: { url: "https://x.cn", secret: secretOf("x"), eventTypes: ["dispute.received"], jurisdictionCode: "150102" } },
      partner("org-x"),
    );
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", field: "input.jurisdictionCode" });
  });
});
