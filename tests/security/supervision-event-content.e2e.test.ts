import { randomUUID } from "node:crypto";
import type { Actor } from "@hub/subgraph-kit";
import type { CenterServer } from "../../subgraphs/center/src/server";
import { webhookBody } from "../../subgraphs/center/src/webhooks/webhook-body";
import { actor, centreOfficer, centreSupervisor, judge, mediator, prosecutor } from "../support/actors";
import { startFingerprintedHub, type FingerprintedHub } from "../support/fingerprinted-hub";
import type { RunningHub } from "../support/hub-harness";
import { seedOrganisations } from "../e2e/seed";
import { expectData, mediateToAgreement, step, type Organisations } from "../e2e/steps";
import { consumeUntilLearned } from "./consume-feeds";

/**
 * Finding 4, what an event carries: a supervision case's events carried its content (the grounds
 * in the payload, the outcome and the instrument's number in the line) to whoever could read the
 * dispute's event lists and to every partner subscribed to the dispute's area. No partner may read
 * a supervision case (SCOPE_RULES), and an officer outside its scope may not read its summary:
 * neither now learns its content from an event, by the graph, by webhook or by a feed.
 */
const SUMMARY = "区检察院依职权审查：调解协议约定的赔偿额明显低于法定标准";
const CONCLUSION = "经审查，调解员未告知当事人诉讼时效，已向司法局提出检察建议";
const DOCUMENT = "东检民监〔2026〕17号";
const SECRETS = [SUMMARY, CONCLUSION, DOCUMENT, "STATE_OR_PUBLIC_INTEREST"];

const partnerOrg = randomUUID();
const districtProcuratorate = randomUUID();
const partner = () => actor({ department: "PARTNER", roles: ["PARTNER_SYSTEM"], organisationId: partnerOrg, jurisdictionCode: "150202" });
const districtProsecutor = () => ({ ...prosecutor(districtProcuratorate), jurisdictionCode: "150202" });

let hub: RunningHub;
let running: FingerprintedHub;
let org: Organisations;
let disputeId: string;
let caseId: string;
let subscriptions: { partner: string; court: string };

const SUBSCRIBE = `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { id } }`;
const subscribe = async (as: Actor, eventTypes: string[]) =>
  expectData(
    await hub.request<{ createWebhookSubscription: { id: string } }>(
      SUBSCRIBE,
      {
        input: {
          url: "https://hooks.partner.example/hub",
          secret: "partner-webhook-secret-0123456789abcdef",
          eventTypes,
          jurisdictionCode: "150202",
        },
      },
      as,
    ),
  ).createWebhookSubscription.id;

beforeAll(async () => {
  running = await startFingerprintedHub();
  hub = running.hub;
  org = await seedOrganisations(hub);
  const types = [
    "dispute.received",
    "mediation.accepted",
    "confirmation.filed",
    "supervision.opened",
    "supervision.review_started",
    "supervision.concluded",
  ];
  subscriptions = {
    partner: await subscribe(partner(), types),
    // The court's own case-management system: it may read the applications before its court.
    court: await subscribe(
      actor({ department: "PARTNER", roles: ["PARTNER_SYSTEM"], organisationId: org.courtId, jurisdictionCode: "150202" }),
      types,
    ),
  };
  const mediated = await mediateToAgreement(hub, org);
  disputeId = mediated.disputeId;
  expectData(await step.fileApplication(hub, org, mediated.caseId, [mediated.applicantId, mediated.respondentId]));
  caseId = expectData(
    await hub.request<{ openSupervisionCase: { id: string } }>(
      `mutation($input: OpenSupervisionCaseInput!) { openSupervisionCase(input: $input) { id } }`,
      { input: { disputeId, grounds: "STATE_OR_PUBLIC_INTEREST", summary: SUMMARY } },
      districtProsecutor(),
    ),
  ).openSupervisionCase.id;
  expectData(
    await hub.request(
      `mutation($input: StartSupervisionReviewInput!) { startSupervisionReview(input: $input) { id } }`,
      { input: { caseId } },
      districtProsecutor(),
    ),
  );
  expectData(
    await hub.request(
      `mutation($input: ConcludeSupervisionInput!) { concludeSupervision(input: $input) { id } }`,
      { input: { caseId, outcome: "PROCURATORIAL_SUGGESTION", summary: CONCLUSION, documentNumber: DOCUMENT } },
      districtProsecutor(),
    ),
  );
  await consumeUntilLearned(hub, disputeId, [
    "confirmation.filed",
    "supervision.opened",
    "supervision.review_started",
    "supervision.concluded",
  ]);
}, 240_000);
afterAll(() => running?.stop());

async function bodiesOf(subscriptionId: string) {
  const { db } = hub.subgraphs.center.server as CenterServer;
  const deliveries = await db.webhookDelivery.findMany({ where: { subscriptionId }, include: { event: true } });
  return deliveries.map((delivery) => ({ type: delivery.event.type, body: webhookBody(delivery.event, delivery.id) }));
}

describe("by webhook", () => {
  it("delivers no event about a supervision case to a partner, nor its content; the partner's other events still come", async () => {
    const sent = await bodiesOf(subscriptions.partner);
    expect(sent.map((row) => row.type).sort()).toEqual(["dispute.received", "mediation.accepted"]);
    for (const row of sent)
      for (const secret of SECRETS) expect({ type: row.type, leaks: row.body.includes(secret) }).toEqual({ type: row.type, leaks: false });
  });

  it("delivers an application's events to the partner system of the court it is before, and to no other partner", async () => {
    expect((await bodiesOf(subscriptions.court)).map((row) => row.type).sort()).toEqual([
      "confirmation.filed",
      "dispute.received",
      "mediation.accepted",
    ]);
  });
});

describe("by event feed", () => {
  it("refuses a partner the procuratorate's feed, and the refusal writes nothing", async () => {
    const read = await running.writingNothing(() =>
      hub.request(`query { procuratorateEventFeed(first: 500) { events { payload summary } } }`, {}, partner()),
    );
    expect(read.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(JSON.stringify(read)).not.toContain(SUMMARY);
  });
});

describe("by the graph", () => {
  const LISTS = `query($id: ID!) {
    dispute(id: $id) { procuratorateEvents { type summary } caseFile { type summary } timeline { type summary } supervisionCases { summary } }
  }`;
  const ROOT = `query($case: ID!) { supervisionCase(id: $case) { summary } }`;
  const callers: [string, () => Actor, boolean][] = [
    ["centre officer of the district", () => centreOfficer(randomUUID(), "150202"), false],
    ["mediator of the committee", () => mediator(org.committeeId), false],
    [
      "justice officer of the district",
      () => actor({ department: "JUSTICE", roles: ["JUSTICE_OFFICER"], jurisdictionCode: "150202" }),
      false,
    ],
    ["judge of the court", () => ({ ...judge(org.courtId), jurisdictionCode: "150202" }), false],
    ["prosecutor of another district", () => ({ ...prosecutor(randomUUID()), jurisdictionCode: "150203" }), false],
    ["partner system of the district", partner, false],
    ["prosecutor of the procuratorate that opened it", districtProsecutor, true],
    ["regional centre supervisor", () => centreSupervisor("15"), true],
  ];

  it.each(callers)("%s learns the case's content only where it may read the case itself", async (_who, as, mayRead) => {
    // Reading writes nothing, refused or not.
    const [root, lists] = await running.writingNothing(() =>
      Promise.all([
        hub.request<{ supervisionCase: { summary: string } | null }>(ROOT, { case: caseId }, as()),
        hub.request<{ dispute: { procuratorateEvents: { type: string }[] | null } | null }>(LISTS, { id: disputeId }, as()),
      ]),
    );
    expect(root.data?.supervisionCase?.summary === SUMMARY).toBe(mayRead);
    const text = JSON.stringify(lists);
    if (mayRead) expect(lists.data?.dispute?.procuratorateEvents?.map((event) => event.type)).toContain("supervision.concluded");
    else expect(SECRETS.filter((secret) => text.includes(secret) || JSON.stringify(root).includes(secret))).toEqual([]);
  });
});
