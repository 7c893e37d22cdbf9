import { randomUUID } from "node:crypto";
import {
  DeleteWebhookSubscriptionDocument,
  DisputeByNumberDocument,
  FollowDisputeDocument,
  HubClient,
  ListDisputesDocument,
  OPERATIONS,
  PauseWebhookSubscriptionDocument,
  ReceiveDisputeDocument,
  ReplayDeadWebhookDeliveriesDocument,
  ReplayWebhookDeliveryDocument,
  ResumeWebhookSubscriptionDocument,
  SubscribeToEventsDocument,
  WebhookDeliveriesDocument,
  WebhookSubscriptionsDocument,
  type ReceiveDisputeInput,
} from "../../clients/sdk/src";
import type { CenterServer } from "../../subgraphs/center/src/server";
import { DEFAULT_MANIFEST_PATH, readManifest } from "../../gateway/src/persisted/manifest";
import { actor } from "../support/actors";
import { startHub, type RunningHub } from "../support/hub-harness";
import { uniqueIdNumber } from "../support/id-numbers";
import { seedOrganisations } from "./seed";

let hub: RunningHub;

beforeAll(async () => {
  // As in production: partner systems are bound to the committed persisted-operations manifest.
  hub = await startHub({
    gateway: { persistedOperations: { manifest: readManifest(DEFAULT_MANIFEST_PATH), onlyFor: ["PARTNER_SYSTEM"] } },
  });
});
afterAll(() => hub.stop());

const partnerSystem = (organisationId: string, jurisdictionCode = "150202") =>
  actor({ department: "PARTNER", roles: ["PARTNER_SYSTEM"], organisationId, jurisdictionCode, name: "东河区12345热线系统" });

const handedOver = (centreId: string, idempotencyKey: string): ReceiveDisputeInput => ({
  channel: "PARTNER_SYSTEM",
  category: "NEIGHBOUR",
  facts: "楼上住户装修噪音持续两周，影响申请人休息。",
  claims: "请求限定施工时间。",
  placeCode: "150202001",
  receivingCentreId: centreId,
  idempotencyKey,
  parties: [
    { role: "APPLICANT", kind: "PERSON", name: "乌云", idNumber: uniqueIdNumber() },
    { role: "RESPONDENT", kind: "PERSON", name: "刘强", idNumber: uniqueIdNumber() },
  ],
});

/** A delivery the centre gave up on, for the partner's subscription (as after its endpoint failed every attempt). */
async function deadDelivery(subscriptionId: string, disputeId: string): Promise<string> {
  const { db } = hub.subgraphs.center.server as CenterServer;
  const eventId = randomUUID();
  const now = new Date();
  await db.consumedEvent.create({
    data: {
      eventId,
      source: "CENTER",
      type: "dispute.received",
      disputeId,
      subjectType: "Dispute",
      subjectId: disputeId,
      occurredAt: now,
      actorId: "test",
      actorName: "测试",
      summary: "受理纠纷",
      payload: {},
      consumedAt: now,
    },
  });
  const id = randomUUID();
  await db.webhookDelivery.create({
    data: { id, subscriptionId, eventId, status: "DEAD", attempts: 7, nextAttemptAt: now, deadAt: now, createdAt: now },
  });
  return id;
}

describe("the partner contract, through the gateway with a PARTNER_SYSTEM token", () => {
  it("runs every partner operation of the SDK successfully, sending persisted-operation hashes only", async () => {
    const org = await seedOrganisations(hub);
    const organisationId = `partner-${randomUUID().slice(0, 8)}`;
    const sent: string[] = [];
    const client = new HubClient({
      url: hub.gatewayUrl,
      token: await hub.tokenFor(partnerSystem(organisationId)),
      send: "hash",
      fetch: (input, init) => {
        sent.push(String(init?.body));
        return fetch(input, init);
      },
    });

    const key = `hotline-${randomUUID()}`;
    const input = handedOver(org.centreId, key);
    const { receiveDispute: received } = await client.request(ReceiveDisputeDocument, { input });
    const { receiveDispute: retried } = await client.request(ReceiveDisputeDocument, { input });
    expect(retried.id).toBe(received.id);

    const byNumber = await client.request(DisputeByNumberDocument, { number: received.number });
    expect(byNumber.disputeByNumber.channel).toBe("PARTNER_SYSTEM");
    const followed = await client.request(FollowDisputeDocument, { id: received.id });
    expect(followed.dispute.receivingCentre.id).toBe(org.centreId);
    const page = await client.request(ListDisputesDocument, { filter: { receivingCentreId: org.centreId }, first: 5 });
    expect(page.disputes.nodes.map((node) => node.id)).toContain(received.id);

    const { createWebhookSubscription: subscription } = await client.request(SubscribeToEventsDocument, {
      input: {
        url: "https://partner.example.gov.cn/hub-events",
        secret: "s".repeat(40),
        eventTypes: ["dispute.routed"],
        jurisdictionCode: "150202",
      },
    });
    const listed = await client.request(WebhookSubscriptionsDocument);
    expect(listed.webhookSubscriptions.map((row) => row.id)).toEqual([subscription.id]);
    expect((await client.request(PauseWebhookSubscriptionDocument, { id: subscription.id })).pauseWebhookSubscription.status).toBe(
      "PAUSED",
    );
    expect((await client.request(ResumeWebhookSubscriptionDocument, { id: subscription.id })).resumeWebhookSubscription.status).toBe(
      "ACTIVE",
    );

    const one = await deadDelivery(subscription.id, received.id);
    const deliveries = await client.request(WebhookDeliveriesDocument, { subscriptionId: subscription.id, status: "DEAD" });
    expect(deliveries.webhookDeliveries.map((row) => row.id)).toEqual([one]);
    expect((await client.request(ReplayWebhookDeliveryDocument, { id: one })).replayWebhookDelivery).toBe(1);
    await deadDelivery(subscription.id, received.id);
    expect(
      (await client.request(ReplayDeadWebhookDeliveriesDocument, { subscriptionId: subscription.id })).replayDeadWebhookDeliveries,
    ).toBe(1);
    expect((await client.request(DeleteWebhookSubscriptionDocument, { id: subscription.id })).deleteWebhookSubscription.status).toBe(
      "DELETED",
    );

    // Every partner operation ran, and each went out as a hash alone, with no document text.
    const partnerNames = OPERATIONS.filter((operation) => operation.workspace === "partner").map((operation) => operation.name);
    const ran = new Set(sent.map((body) => (JSON.parse(body) as { operationName: string }).operationName));
    expect(partnerNames.filter((name) => !ran.has(name))).toEqual([]);
    expect(sent.every((body) => !("query" in (JSON.parse(body) as object)))).toBe(true);
  });

  it("keeps a partner to its own jurisdiction and its own subscriptions", async () => {
    const org = await seedOrganisations(hub);
    const owner = new HubClient({ url: hub.gatewayUrl, token: await hub.tokenFor(partnerSystem(`partner-${randomUUID().slice(0, 8)}`)) });
    const elsewhere = new HubClient({
      url: hub.gatewayUrl,
      token: await hub.tokenFor(partnerSystem(`partner-${randomUUID().slice(0, 8)}`, "150102")),
    });

    const refused = await elsewhere.execute(ReceiveDisputeDocument, { input: handedOver(org.centreId, `k-${randomUUID()}`) });
    expect(refused.errors.map((error) => [error.code, error.code === "FORBIDDEN" ? error.reason : null])).toEqual([
      ["FORBIDDEN", "OUTSIDE_JURISDICTION"],
    ]);
    const wrongChannel = await owner.execute(ReceiveDisputeDocument, {
      input: { ...handedOver(org.centreId, `k-${randomUUID()}`), channel: "WALK_IN" },
    });
    const [channelError] = wrongChannel.errors;
    expect(channelError?.code === "BAD_USER_INPUT" && [channelError.field, channelError.rule]).toEqual([
      "input.channel",
      "partner channel",
    ]);

    const { createWebhookSubscription: subscription } = await owner.request(SubscribeToEventsDocument, {
      input: {
        url: "https://partner.example.gov.cn/hub-events",
        secret: "s".repeat(40),
        eventTypes: ["dispute.routed"],
        jurisdictionCode: "150202",
      },
    });
    const other = new HubClient({ url: hub.gatewayUrl, token: await hub.tokenFor(partnerSystem(`partner-${randomUUID().slice(0, 8)}`)) });
    expect((await other.request(WebhookSubscriptionsDocument)).webhookSubscriptions).toEqual([]);
    expect((await other.execute(PauseWebhookSubscriptionDocument, { id: subscription.id })).errors.map((error) => error.code)).toEqual([
      "FORBIDDEN",
    ]);
    expect(
      (await other.execute(ReplayDeadWebhookDeliveriesDocument, { subscriptionId: subscription.id })).errors.map((error) => error.code),
    ).toEqual(["FORBIDDEN"]);
  });
});
