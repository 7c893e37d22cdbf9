import { randomUUID } from "node:crypto";
import pg from "pg";
import { actor, courtClerk } from "../../../tests/support/actors";
import { testDatabaseUrl } from "../../../tests/support/env";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createCourtServer, type CourtServer } from "../src/server";
import { freeCaseCode } from "./fixtures";

const FEED = /* GraphQL */ `
  query Feed($after: String, $first: Int, $types: [String!]) {
    courtEventFeed(after: $after, first: $first, types: $types) {
      events {
        id
        type
        disputeId
        subjectType
        subjectId
        occurredAt
        summary
        payload
        cursor
        actor {
          id
          name
        }
        department
      }
      nextCursor
      hasMore
    }
  }
`;

interface FeedEvent {
  id: string;
  type: string;
  payload: Record<string, unknown>;
  cursor: string;
}
interface Page {
  courtEventFeed: { events: FeedEvent[]; nextCursor: string; hasMore: boolean };
}

const hubSystem = actor({ department: "CENTER", roles: ["HUB_SYSTEM"], name: "事件消费者" });
let court: RunningSubgraph<CourtServer>;
let raw: pg.Pool;

beforeAll(async () => {
  court = await startSubgraph("court", createCourtServer);
  raw = new pg.Pool({ connectionString: testDatabaseUrl("court"), max: 3 });
});
afterAll(async () => {
  await court.stop();
  await raw.end();
});

async function page(after: string | null, first = 500, types?: string[]) {
  const response = await court.request<Page>(FEED, { after, first, types }, hubSystem);
  expect(response.errors).toBeUndefined();
  if (!response.data) throw new Error("no data");
  return response.data.courtEventFeed;
}

/** Reads from `after` to the current end of the feed; returns the events and the final cursor. */
async function readToEnd(after: string | null, first = 500): Promise<{ events: FeedEvent[]; cursor: string | null }> {
  const events: FeedEvent[] = [];
  let cursor = after;
  for (;;) {
    const next = await page(cursor, first);
    events.push(...next.events);
    cursor = next.nextCursor;
    if (!next.hasMore) return { events, cursor };
  }
}

async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function insertEvent(client: pg.Pool | pg.PoolClient, id: string) {
  return client.query(
    `INSERT INTO event_log (id, type, dispute_id, subject_type, subject_id, occurred_at, actor_id, actor_name, summary, payload)
     VALUES ($1::uuid, 'test.planted', NULL, 'Test', $1::text, now(), 'test', 'test', 'planted by a test', '{}') RETURNING seq::text AS seq`,
    [id],
  );
}

describe("the court's event feed", () => {
  it("serves a registration with its keys, in order, resumably", async () => {
    const { cursor } = await readToEnd(null);
    const id = randomUUID();
    const input = {
      id,
      name: "事件流测试法院",
      level: "BASIC",
      caseCode: await freeCaseCode(court.server.db, "BASIC"),
      divisionCode: "150202",
    };
    const registered = await court.request(
      `mutation($input: RegisterCourtInput!) { registerCourt(input: $input) { id } }`,
      { input },
      { ...judgeLike(), organisationId: id },
    );
    expect(registered.errors).toBeUndefined();
    const event = await until(
      async () => (await readToEnd(cursor)).events.find((candidate) => candidate.payload.courtId === id),
      "the event",
    );
    expect(event).toMatchObject({ type: "court.registered", payload: { courtId: id, caseCode: input.caseCode, level: "BASIC" } });
    // resuming from the event's own cursor never returns it again
    expect((await readToEnd(event.cursor)).events.map((later) => later.id)).not.toContain(event.id);
  });

  it("never skips an entry whose transaction commits after a later one (the outbox gap)", async () => {
    const { cursor: start } = await readToEnd(null);
    const slowId = randomUUID();
    const fastId = randomUUID();
    const slow = await raw.connect();
    try {
      await slow.query("BEGIN");
      const slowSeq = (await insertEvent(slow, slowId)).rows[0].seq as string;
      const fastSeq = (await insertEvent(raw, fastId)).rows[0].seq as string;
      expect(BigInt(fastSeq)).toBeGreaterThan(BigInt(slowSeq));

      // A reader trusting seq alone would now see the later entry and move past the earlier one.
      const naive = await raw.query("SELECT id::text FROM event_log WHERE seq >= $1 ORDER BY seq", [slowSeq]);
      expect(naive.rows.map((row) => row.id)).toEqual(expect.arrayContaining([fastId]));
      expect(naive.rows.map((row) => row.id)).not.toContain(slowId);

      // The feed holds the committed later entry back while the earlier transaction is open.
      const during = await readToEnd(start);
      expect(during.events.map((event) => event.id)).not.toContain(fastId);
      expect(during.events.map((event) => event.id)).not.toContain(slowId);
      await slow.query("COMMIT");

      // Read on from where the reader stopped, one event at a time: both arrive, earlier transaction first.
      const seen: string[] = [];
      let cursor = during.cursor;
      await until(async () => {
        const next = await readToEnd(cursor, 1);
        cursor = next.cursor;
        seen.push(...next.events.map((event) => event.id));
        return seen.includes(fastId) && seen.includes(slowId) ? true : undefined;
      }, "both planted events");
      expect(seen.indexOf(slowId)).toBeLessThan(seen.indexOf(fastId));
    } finally {
      await slow.query("ROLLBACK").catch(() => undefined);
      slow.release();
    }
  });

  it("filters by type and keeps the cursor resumable", async () => {
    const { cursor } = await readToEnd(null);
    const id = randomUUID();
    await insertEvent(raw, id);
    const filtered = await until(async () => {
      const result = await page(cursor, 500, ["test.planted"]);
      return result.events.some((event) => event.id === id) ? result : undefined;
    }, "the planted event");
    expect(filtered.events.every((event) => event.type === "test.planted")).toBe(true);
    expect((await page(filtered.nextCursor, 500, ["court.registered"])).events.every((event) => event.type === "court.registered")).toBe(
      true,
    );
  });

  it("is read by the hub's systems and the court's own system only", async () => {
    const clerk = await court.request<Page>(FEED, { first: 1 }, courtClerk());
    expect(clerk.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const otherDepartment = await court.request<Page>(FEED, { first: 1 }, actor({ department: "JUSTICE", roles: ["DEPARTMENT_SYSTEM"] }));
    expect(otherDepartment.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const own = await court.request<Page>(FEED, { first: 1 }, actor({ department: "COURT", roles: ["DEPARTMENT_SYSTEM"] }));
    expect(own.errors).toBeUndefined();
  });

  it("refuses a malformed cursor or page size, naming the argument", async () => {
    const cursor = await court.request<Page>(FEED, { after: "not-a-cursor" }, hubSystem);
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    const size = await court.request<Page>(FEED, { first: 501 }, hubSystem);
    expect(size.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });
});

function judgeLike() {
  return actor({ department: "COURT", roles: ["COURT_CLERK"], jurisdictionCode: "15" });
}
