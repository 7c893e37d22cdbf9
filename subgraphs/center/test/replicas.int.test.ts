import http from "node:http";
import type { AddressInfo } from "node:net";
import { actor } from "../../../tests/support/actors";
import { ownDatabase } from "../../../tests/support/own-database";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { EventConsumer } from "../src/consumer/event-consumer";
import { localFeedSource } from "../src/consumer/feed-source";
import { runOversight } from "../src/oversight/oversight-job";
import { refreshStages } from "../src/oversight/refresh-stages";
import { createCenterServer, type CenterServer } from "../src/server";
import { WebhookWorker } from "../src/webhooks/delivery-worker";
import { parseEgressAllowlist } from "../src/webhooks/egress/egress-policy";
import { EVENT_ID_HEADER } from "../src/webhooks/signature";
import { quietLog, receiveDisputes } from "./event-fixtures";
import { seedCentre } from "./fixtures";

/** The partner listens on loopback, which only an operator's allowlist opens to webhooks. */
const TEST_EGRESS = { requireHttps: false, ...parseEgressAllowlist("127.0.0.1/32") };
const DISPUTES = 8;

const replicas: RunningSubgraph<CenterServer>[] = [];
const consumers: EventConsumer[] = [];
const workers: WebhookWorker[] = [];
const hits: string[] = [];
const partner = http.createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    hits.push(String(request.headers[EVENT_ID_HEADER]));
    response.writeHead(204).end();
  });
});

beforeAll(async () => {
  const databaseUrl = await ownDatabase("center");
  for (let i = 0; i < 2; i++) {
    replicas.push(
      await startSubgraph("center", (options) => createCenterServer({ ...options, env: { ...options.env, webhookEgress: TEST_EGRESS } }), {
        databaseUrl,
      }),
    );
  }
  await new Promise<void>((resolve) => partner.listen(0, "127.0.0.1", resolve));
});

afterAll(async () => {
  await Promise.all([...consumers, ...workers].map((running) => running.stop()));
  partner.closeAllConnections();
  await new Promise<void>((resolve) => partner.close(() => resolve()));
  await Promise.all(replicas.map((replica) => replica.stop()));
});

async function until(probe: () => Promise<boolean> | boolean, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("two centre replicas on one database", () => {
  it("apply each event once and send each webhook delivery once, sharing the work", async () => {
    const [first, second] = replicas;
    if (!first || !second) throw new Error("two replicas did not start");
    const url = `http://127.0.0.1:${(partner.address() as AddressInfo).port}/hook`;
    const subscribed = await first.request<{ createWebhookSubscription: { id: string } }>(
      `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { id } }`,
      {
        input: {
          url,
          secret: "replica-partner-secret-that-is-long-enough-0123",
          eventTypes: ["dispute.received"],
          jurisdictionCode: "150202",
        },
      },
      actor({ department: "PARTNER", roles: ["PARTNER_SYSTEM"], organisationId: "org-replicas", jurisdictionCode: "1502" }),
    );
    const subscriptionId = subscribed.data?.createWebhookSubscription.id;
    if (!subscriptionId) throw new Error(JSON.stringify(subscribed.errors));

    const centreId = (await seedCentre(first.server.db)).id;
    // Half the disputes through each replica, as a load balancer would spread them.
    const disputeIds = [
      ...(await receiveDisputes(first, centreId, DISPUTES / 2)),
      ...(await receiveDisputes(second, centreId, DISPUTES / 2)),
    ];

    for (const replica of replicas) {
      const { db, services } = replica.server;
      const worker = new WebhookWorker({
        db,
        cipher: services.cipher,
        log: quietLog,
        egress: services.webhookEgress,
        settings: { pollMs: 10, timeoutMs: 5_000, concurrency: 4, maxAttempts: 5, backoffBaseMs: 20, backoffMaxMs: 200 },
      });
      workers.push(worker);
      consumers.push(
        new EventConsumer({ db, log: quietLog, pollMs: 1000, sources: [localFeedSource(db)], onConsumed: () => worker.wake() }),
      );
      worker.start();
    }

    // Both replicas poll the same feed at the same time, over and over, until every receipt is in.
    const db = first.server.db;
    const consumed = () => db.consumedEvent.findMany({ where: { disputeId: { in: disputeIds }, type: "dispute.received" } });
    const appliedBy = [0, 0];
    await until(async () => {
      const counts = await Promise.all(consumers.map((consumer) => consumer.pollOnce()));
      counts.forEach((count, i) => (appliedBy[i] = (appliedBy[i] ?? 0) + count));
      return (await consumed()).length === DISPUTES;
    }, "every receipt to be consumed");
    const eventIds = (await consumed()).map((row) => row.eventId).sort();
    expect(new Set(eventIds).size).toBe(DISPUTES);
    // Each replica counts only what it applied itself: together, exactly the inbox, nothing twice.
    expect(appliedBy.reduce((sum, count) => sum + count, 0)).toBe(await db.consumedEvent.count());

    const deliveries = () => db.webhookDelivery.findMany({ where: { subscriptionId } });
    await until(async () => (await deliveries()).filter((row) => row.status === "DELIVERED").length === DISPUTES, "every delivery");
    const rows = await deliveries();
    // One delivery per event, each claimed and sent once (a second send would count a second attempt).
    expect(rows.map((row) => row.eventId).sort()).toEqual(eventIds);
    expect(rows.every((row) => row.attempts === 1)).toBe(true);
    expect([...hits].sort()).toEqual(eventIds);
  });

  it("run the 督办 job at the same instant and record each reminder and escalation once", async () => {
    const [first, second] = replicas;
    if (!first || !second) throw new Error("two replicas did not start");
    const db = first.server.db;
    await refreshStages(first.server.services, new Date());
    const open = await db.stageDeadline.count({ where: { closedAt: null } });
    expect(open).toBeGreaterThan(0);

    // A year on, every open limit is overdue past the grace period: each replica races for all of them.
    const later = new Date(Date.now() + 366 * 24 * 60 * 60 * 1000);
    const runs = await Promise.all(replicas.map((replica) => runOversight(replica.server.services, later, quietLog, "15")));
    const escalated = runs.reduce((sum, run) => sum + run.escalated, 0);
    const overdue = runs.reduce((sum, run) => sum + run.overdue, 0);
    const reminders = await db.deadlineReminder.findMany({ where: { level: { in: ["OVERDUE", "ESCALATED"] } } });
    expect(escalated).toBe(reminders.filter((row) => row.level === "ESCALATED").length);
    expect(overdue).toBe(reminders.filter((row) => row.level === "OVERDUE").length);
    expect(escalated).toBeGreaterThanOrEqual(open);
    const keys = reminders.map((row) => `${row.stageDeadlineId}:${row.level}:${row.dueAt.toISOString()}`);
    expect(new Set(keys).size).toBe(keys.length);

    // A second pass of both finds nothing left to do.
    const again = await Promise.all(replicas.map((replica) => runOversight(replica.server.services, later, quietLog, "15")));
    expect(again.map((run) => run.escalated + run.overdue)).toEqual([0, 0]);
  });
});
