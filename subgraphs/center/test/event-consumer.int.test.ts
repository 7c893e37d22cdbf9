import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { ownDatabase } from "../../../tests/support/own-database";
import { consumePage } from "../src/consumer/consume-page";
import { EventConsumer } from "../src/consumer/event-consumer";
import { localFeedSource } from "../src/consumer/feed-source";
import { createCenterServer, type CenterServer } from "../src/server";
import { departmentEvent, quietLog, receiveDisputes, scriptedSource } from "./event-fixtures";
import { seedCentre } from "./fixtures";

let center: RunningSubgraph<CenterServer>;
let centreId: string;

beforeAll(async () => {
  center = await startSubgraph("center", createCenterServer, { databaseUrl: await ownDatabase("center") });
  centreId = (await seedCentre(center.server.db)).id;
});
afterAll(() => center.stop());

const cursorOf = async (source: string) => (await center.server.db.feedCursor.findUnique({ where: { source } }))?.cursor ?? null;
const followed = (disputeId: string) => center.server.db.eventLog.count({ where: { disputeId, type: "dispute.status_followed" } });

describe("consuming a department's events", () => {
  it("changes nothing when the same event is fed twice", async () => {
    const [disputeId = ""] = await receiveDisputes(center, centreId, 1);
    const accepted = departmentEvent(disputeId, "mediation.accepted", new Date());
    const page = { events: [accepted], nextCursor: "c1", hasMore: false };

    const first = await consumePage(center.server.db, "JUSTICE", await cursorOf("JUSTICE"), page, new Date());
    expect(first).toMatchObject({ consumed: 1 });
    const after = await center.server.db.dispute.findUniqueOrThrow({ where: { id: disputeId } });
    expect(after.status).toBe("IN_MEDIATION");

    // at least once: the same event again, in the same page and in a later one
    const again = await consumePage(
      center.server.db,
      "JUSTICE",
      "c1",
      { events: [accepted, accepted], nextCursor: "c2", hasMore: false },
      new Date(),
    );
    expect(again).toMatchObject({ consumed: 0 });
    expect(await center.server.db.consumedEvent.count({ where: { eventId: accepted.id } })).toBe(1);
    expect(await followed(disputeId)).toBe(1);
    expect(await center.server.db.dispute.findUniqueOrThrow({ where: { id: disputeId } })).toMatchObject({
      status: "IN_MEDIATION",
      statusSince: after.statusSince,
    });
  });

  it("writes nothing when another replica moved the cursor first", async () => {
    const [disputeId = ""] = await receiveDisputes(center, centreId, 1);
    const stale = await consumePage(
      center.server.db,
      "COURT",
      "not-the-current-cursor",
      { events: [departmentEvent(disputeId, "confirmation.ruled", new Date(), { outcome: "VALID" })], nextCursor: "x", hasMore: false },
      new Date(),
    );
    expect(stale).toEqual({ moved: true });
    expect((await center.server.db.dispute.findUniqueOrThrow({ where: { id: disputeId } })).status).toBe("RECEIVED");
  });

  it("follows the mapping: resolved by an effective agreement, back to handling on a rejected ruling, never moved back by an older event", async () => {
    const [disputeId = ""] = await receiveDisputes(center, centreId, 1);
    const t = (minutes: number) => new Date(Date.UTC(2026, 10, 20, 8, minutes));
    const effective = departmentEvent(disputeId, "mediation.agreement_effective", t(10), { effectiveAt: t(9).toISOString() });
    const lateAccepted = departmentEvent(disputeId, "mediation.accepted", t(1));
    const consumer = new EventConsumer({
      db: center.server.db,
      log: quietLog,
      pollMs: 1000,
      sources: [
        scriptedSource("JUSTICE", [
          { events: [effective], nextCursor: "j1", hasMore: true },
          { events: [lateAccepted], nextCursor: "j2", hasMore: false },
        ]),
      ],
    });
    // the JUSTICE cursor was moved by the first test; start this scripted source afresh
    await center.server.db.feedCursor.deleteMany({ where: { source: "JUSTICE" } });
    expect(await consumer.pollOnce()).toBe(2);
    const resolved = await center.server.db.dispute.findUniqueOrThrow({ where: { id: disputeId } });
    expect(resolved).toMatchObject({ status: "RESOLVED", resolvedAt: t(9) });

    await center.server.db.feedCursor.deleteMany({ where: { source: "COURT" } });
    const rejected = departmentEvent(disputeId, "confirmation.ruled", t(30), { outcome: "REJECTED" });
    await consumePage(center.server.db, "COURT", null, { events: [rejected], nextCursor: "k1", hasMore: false }, new Date());
    expect(await center.server.db.dispute.findUniqueOrThrow({ where: { id: disputeId } })).toMatchObject({
      status: "IN_HANDLING",
      resolvedAt: null,
    });
    const timeline = await center.server.db.consumedEvent.findMany({ where: { disputeId }, orderBy: { seq: "asc" } });
    expect(timeline.map((row) => row.type)).toEqual(["mediation.agreement_effective", "mediation.accepted", "confirmation.ruled"]);
  });

  it("takes a dispute resolved by a confirmed agreement back to handling when the ruling is revoked (民诉法解释 372), naming the parties' routes", async () => {
    const [revokedId = "", rejectionRevokedId = ""] = await receiveDisputes(center, centreId, 2);
    const t = (minutes: number) => new Date(Date.UTC(2026, 10, 21, 8, minutes));
    const page = (events: ReturnType<typeof departmentEvent>[], cursor: string) =>
      consumePage(center.server.db, "COURT", null, { events, nextCursor: cursor, hasMore: false }, new Date());
    await center.server.db.feedCursor.deleteMany({ where: { source: "COURT" } });
    await page(
      [
        departmentEvent(revokedId, "confirmation.ruled", t(1), { outcome: "VALID" }),
        departmentEvent(rejectionRevokedId, "confirmation.ruled", t(2), { outcome: "REJECTED" }),
      ],
      "r1",
    );
    expect(await center.server.db.dispute.findUniqueOrThrow({ where: { id: revokedId } })).toMatchObject({ status: "RESOLVED" });

    await center.server.db.feedCursor.deleteMany({ where: { source: "COURT" } });
    await page(
      [
        departmentEvent(revokedId, "confirmation.objection_decided", t(20), { outcome: "RULING_REVOKED" }),
        departmentEvent(revokedId, "confirmation.ruling_revoked", t(20), { revokedOutcome: "VALID", status: "RULING_REVOKED" }),
        departmentEvent(rejectionRevokedId, "confirmation.ruling_revoked", t(21), { revokedOutcome: "REJECTED" }),
      ],
      "r2",
    );
    expect(await center.server.db.dispute.findUniqueOrThrow({ where: { id: revokedId } })).toMatchObject({
      status: "IN_HANDLING",
      resolvedAt: null,
      statusSince: t(20),
    });
    const log = await center.server.db.eventLog.findMany({
      where: { disputeId: revokedId, type: "dispute.status_followed" },
      orderBy: { seq: "asc" },
    });
    expect(log.at(-1)?.payload).toMatchObject({
      from: "RESOLVED",
      to: "IN_HANDLING",
      remedies: ["REMEDIATE", "SUE"],
      rule: "民诉法解释 372; 民事诉讼法 art 206",
      cause: { department: "COURT", type: "confirmation.ruling_revoked" },
    });
    expect(log.at(-1)?.summary).toMatch(/调解.*提起诉讼/);
    const timeline = await center.server.db.consumedEvent.findMany({ where: { disputeId: revokedId }, orderBy: { seq: "asc" } });
    expect(timeline.map((row) => row.type)).toEqual([
      "confirmation.ruled",
      "confirmation.objection_decided",
      "confirmation.ruling_revoked",
    ]);

    // A revoked rejection moves nothing: the dispute stays where the rejection put it, the event on its timeline.
    expect(await center.server.db.dispute.findUniqueOrThrow({ where: { id: rejectionRevokedId } })).toMatchObject({
      status: "IN_HANDLING",
      statusSince: t(2),
    });
    expect(await followed(rejectionRevokedId)).toBe(1);
  });

  it("reads the centre's own log into the inbox too, once", async () => {
    const ids = await receiveDisputes(center, centreId, 2);
    const consumer = new EventConsumer({ db: center.server.db, log: quietLog, pollMs: 1000, sources: [localFeedSource(center.server.db)] });
    await consumer.pollOnce();
    await consumer.pollOnce();
    const received = await center.server.db.consumedEvent.findMany({ where: { disputeId: { in: ids }, type: "dispute.received" } });
    expect(received).toHaveLength(2);
    expect(received.every((row) => row.source === "CENTER")).toBe(true);
  });
});
