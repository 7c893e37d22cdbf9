import pg from "pg";
import { centreSupervisor, judge } from "../support/actors";
import { startChildCentre, type ChildCentre } from "../support/child-centre";
import { freePort } from "../support/free-port";
import { startHub, type RunningHub } from "../support/hub-harness";
import { ownDatabase } from "../support/own-database";
import { seedOrganisations } from "./seed";
import { expectData, mediateToAgreement, step, type Organisations } from "./steps";
import { readWholeFeed, waitFor } from "./support-events";

const RULINGS = 4;

interface TimelineView {
  dispute: { status: string; resolvedAt: string | null; timeline: { eventId: string; department: string; type: string }[] };
}
const TIMELINE = `query($id: ID!) { dispute(id: $id) { status resolvedAt timeline { eventId department type } } }`;

let hub: RunningHub;
let centre: ChildCentre;
let centreDb: pg.Pool;
let org: Organisations;

beforeAll(async () => {
  const databaseUrl = await ownDatabase("center");
  const [centrePort, gatewayPort] = [await freePort(), await freePort()];
  centre = await startChildCentre({
    port: centrePort,
    databaseUrl,
    gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
    env: { CENTER_CONSUMER_POLL_MS: "100", CENTER_WEBHOOK_POLL_MS: "100" },
  });
  hub = await startHub({ gatewayPort, subgraphUrls: { center: centre.url } });
  centreDb = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  org = await seedOrganisations(hub);
}, 90_000);

afterAll(async () => {
  await centre?.kill();
  await hub?.stop();
  await centreDb?.end();
});

async function readyForRuling() {
  const mediated = await mediateToAgreement(hub, org);
  const application = expectData(
    await step.fileApplication(hub, org, mediated.caseId, [mediated.applicantId, mediated.respondentId]),
  ).fileConfirmationApplication;
  expectData(await step.acceptApplication(hub, application.id, org.courtId));
  expectData(await step.startReview(hub, application.id, org.courtId));
  return { disputeId: mediated.disputeId, applicationId: application.id };
}

async function timelineOf(disputeId: string) {
  return expectData(await hub.request<TimelineView>(TIMELINE, { id: disputeId }, centreSupervisor())).dispute;
}

const ruledIn = (view: TimelineView["dispute"]) => view.timeline.some((entry) => entry.type === "confirmation.ruled");

describe("the centre consumes the departments' feeds", () => {
  it("catches up after a SIGKILL during a series of rulings, with nothing lost and nothing doubled", async () => {
    const cases = await Promise.all(Array.from({ length: RULINGS }, () => readyForRuling()));
    const first = cases[0]?.disputeId ?? "";

    // Mediation moved each dispute through the centre's consumer already.
    const before = await waitFor(async () => {
      const view = await timelineOf(first);
      return view.status === "RESOLVED" ? view : undefined;
    }, "the agreement to resolve the dispute at the centre");
    expect(before.resolvedAt).toBeTruthy();

    for (const [index, { applicationId, disputeId }] of cases.entries()) {
      expectData(await step.rule(hub, applicationId, judge(org.courtId)));
      if (index === 1) {
        await waitFor(async () => (ruledIn(await timelineOf(disputeId)) ? true : undefined), "the second ruling to be consumed");
        await centre.kill("SIGKILL");
      }
    }
    await centre.restart();

    for (const { disputeId } of cases) {
      await waitFor(async () => (ruledIn(await timelineOf(disputeId)) ? true : undefined), `the ruling on ${disputeId} after the restart`);
    }

    const ours = new Set(cases.map((one) => one.disputeId));
    const courtFeed = (await readWholeFeed(hub, "courtEventFeed")).filter((event) => event.disputeId && ours.has(event.disputeId));
    const justiceFeed = (await readWholeFeed(hub, "justiceEventFeed")).filter((event) => event.disputeId && ours.has(event.disputeId));
    for (const { disputeId } of cases) {
      const view = await timelineOf(disputeId);
      const ids = (department: string) => view.timeline.filter((entry) => entry.department === department).map((entry) => entry.eventId);
      expect(ids("COURT")).toEqual(courtFeed.filter((event) => event.disputeId === disputeId).map((event) => event.id));
      expect(ids("JUSTICE")).toEqual(justiceFeed.filter((event) => event.disputeId === disputeId).map((event) => event.id));
      expect(new Set(view.timeline.map((entry) => entry.eventId)).size).toBe(view.timeline.length);
      expect(view.status).toBe("RESOLVED");
      expect(view.resolvedAt).toBeTruthy();
    }

    // Each status change the consumer made is logged once: accepted into mediation, then resolved.
    const followed = await centreDb.query<{ dispute_id: string; to: string }>(
      `SELECT dispute_id::text, payload->>'to' AS to FROM event_log WHERE type = 'dispute.status_followed' AND dispute_id = ANY($1::uuid[]) ORDER BY seq`,
      [[...ours]],
    );
    for (const disputeId of ours) {
      expect(followed.rows.filter((row) => row.dispute_id === disputeId).map((row) => row.to)).toEqual(["IN_MEDIATION", "RESOLVED"]);
    }
  }, 180_000);

  it("reconciles every department's log with the centre's inbox: no gap after those runs, and a planted gap is named", async () => {
    const RECONCILE = `{ eventReconciliation { gapCount sources { department eventsInFeed consumed notYetConsumed error gaps { eventId department type disputeId } } deliveryGaps { eventId } } }`;
    interface Report {
      eventReconciliation: {
        gapCount: number;
        sources: {
          department: string;
          eventsInFeed: number;
          consumed: number;
          error: string | null;
          gaps: { eventId: string; department: string; type: string }[];
        }[];
      };
    }
    const clean = expectData(await hub.request<Report>(RECONCILE, {}, centreSupervisor())).eventReconciliation;
    expect(clean.gapCount).toBe(0);
    expect(clean.sources.map((source) => source.department).sort()).toEqual(["CENTER", "COURT", "JUSTICE", "PROCURATORATE"]);
    expect(clean.sources.every((source) => source.error === null)).toBe(true);
    for (const department of ["CENTER", "JUSTICE", "COURT"]) {
      expect(clean.sources.find((source) => source.department === department)?.consumed).toBeGreaterThan(0);
    }

    // Plant a gap: an event the consumer has passed disappears from the inbox.
    const planted = await centreDb.query<{ event_id: string }>(
      `DELETE FROM consumed_event WHERE event_id = (SELECT event_id FROM consumed_event WHERE source = 'COURT' AND type = 'confirmation.ruled' ORDER BY seq LIMIT 1) RETURNING event_id::text`,
    );
    const lost = planted.rows[0]?.event_id;
    const report = expectData(await hub.request<Report>(RECONCILE, {}, centreSupervisor())).eventReconciliation;
    expect(report.gapCount).toBe(1);
    expect(report.sources.find((source) => source.department === "COURT")?.gaps).toEqual([
      expect.objectContaining({ eventId: lost, department: "COURT", type: "confirmation.ruled" }),
    ]);
  }, 60_000);
});
