import { randomUUID } from "node:crypto";
import type { CenterServer } from "../../subgraphs/center/src/server";
import { actor, centreSupervisor } from "../support/actors";
import { startHub, type RunningHub } from "../support/hub-harness";
import { expectData } from "../e2e/steps";

/**
 * Finding 7: a supervisor of 呼和浩特市 replayed the dead-lettered deliveries of a 包头市东河区
 * subscription (answer 0 instead of a refusal). Replaying is managing the subscription, which a
 * supervisor may do within their jurisdiction only.
 */
let hub: RunningHub;
let subscriptionId: string;
let deliveryId: string;

const db = () => (hub.subgraphs.center.server as CenterServer).db;

beforeAll(async () => {
  hub = await startHub();
  const partnerId = randomUUID();
  subscriptionId = expectData(
    await hub.request<{ createWebhookSubscription: { id: string } }>(
      `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { id } }`,
      {
        input: {
          url: "https://hooks.partner.example/hub",
          secret: "partner-webhook-secret-0123456789abcdef",
          eventTypes: ["dispute.received"],
          jurisdictionCode: "150202",
        },
      },
      actor({ department: "PARTNER", roles: ["PARTNER_SYSTEM"], organisationId: partnerId, jurisdictionCode: "150202" }),
    ),
  ).createWebhookSubscription.id;
  const eventId = randomUUID();
  deliveryId = randomUUID();
  const now = new Date();
  await db().consumedEvent.create({
    data: {
      eventId,
      source: "center",
      type: "dispute.received",
      subjectType: "Dispute",
      subjectId: randomUUID(),
      occurredAt: now,
      actorId: "test",
      actorName: "测试",
      summary: "受理",
      payload: {},
      consumedAt: now,
    },
  });
  await db().webhookDelivery.create({
    data: { id: deliveryId, subscriptionId, eventId, status: "DEAD", attempts: 8, nextAttemptAt: now, deadAt: now, createdAt: now },
  });
});
afterAll(() => hub.stop());

const REPLAY_ALL = `mutation($id: ID!) { replayDeadWebhookDeliveries(subscriptionId: $id) }`;
const REPLAY_ONE = `mutation($id: ID!) { replayWebhookDelivery(id: $id) }`;

const state = async () => ({
  delivery: (await db().webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).status,
  replays: await db().eventLog.count({ where: { subjectId: subscriptionId, type: "webhook.deliveries_replayed" } }),
});

describe("replaying dead deliveries respects the supervisor's jurisdiction", () => {
  it.each([
    ["every dead delivery of the subscription", REPLAY_ALL, () => subscriptionId],
    ["one dead delivery", REPLAY_ONE, () => deliveryId],
  ])("refuses a supervisor of 呼和浩特市 (1501) replaying %s, and changes nothing", async (_what, document, id) => {
    const response = await hub.request(document, { id: id() }, centreSupervisor("1501"));
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    expect(response.data ?? null).toBeNull();
    expect(await state()).toEqual({ delivery: "DEAD", replays: 0 });
  });

  it("lets a supervisor of 包头市 (1502) replay them", async () => {
    const response = expectData(
      await hub.request<{ replayDeadWebhookDeliveries: number }>(REPLAY_ALL, { id: subscriptionId }, centreSupervisor("1502")),
    );
    expect(response.replayDeadWebhookDeliveries).toBe(1);
    expect(await state()).toEqual({ delivery: "PENDING", replays: 1 });
  });
});
