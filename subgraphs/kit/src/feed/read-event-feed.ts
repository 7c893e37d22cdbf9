import type { Department } from "../actor";
import { invalidInput } from "../errors";
import { decodeFeedCursor, encodeFeedCursor } from "./feed-cursor";
import type { EventFeedPage } from "./event-feed-page.type";
import type { FeedEvent } from "./feed-event.type";

/** Any Prisma client: the feed reads its department's `event_log` with one raw statement. */
export interface FeedQueryable {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

export const FEED_PAGE_DEFAULT = 100;
export const FEED_PAGE_MAX = 500;

interface FeedRow {
  seq: string;
  tx: string;
  id: string;
  type: string;
  disputeId: string | null;
  subjectType: string;
  subjectId: string;
  occurredAt: Date;
  actorId: string;
  actorName: string;
  summary: string;
  payload: Record<string, unknown>;
}

/**
 * The outbox gap: `seq` is taken at insert but transactions commit out of order, so a reader
 * that has passed seq 11 could later see a seq 10 commit and skip it forever. Every entry
 * records its inserting transaction (`tx_id`, xid8). A transaction id below the snapshot's
 * xmin belongs to a transaction that has ended, and every transaction still running, or yet
 * to start, has an id at or above it. So serving only entries below xmin, in (tx_id, seq)
 * order, means nothing can later appear behind a cursor already handed out.
 */
const FEED_SQL = `
SELECT seq::text AS seq, tx_id::text AS tx, id::text AS id, type, dispute_id::text AS "disputeId",
       subject_type AS "subjectType", subject_id AS "subjectId", occurred_at AS "occurredAt",
       actor_id AS "actorId", actor_name AS "actorName", summary, payload
  FROM event_log
 WHERE tx_id < pg_snapshot_xmin(pg_current_snapshot())
   AND (tx_id, seq) > ($1::text::xid8, $2::bigint)
   AND ($3::jsonb IS NULL OR type IN (SELECT jsonb_array_elements_text($3::jsonb)))
 ORDER BY tx_id, seq
 LIMIT $4`;

export interface EventFeedRequest {
  after?: string | null;
  first?: number | null;
  types?: string[] | null;
}

/** One page of `department`'s feed after the cursor. */
export async function readEventFeed(db: FeedQueryable, department: Department, request: EventFeedRequest): Promise<EventFeedPage> {
  const first = request.first ?? FEED_PAGE_DEFAULT;
  if (!Number.isInteger(first) || first < 1 || first > FEED_PAGE_MAX) {
    throw invalidInput("first", "event feed page size", {
      zh: `每页事件数须为 1 至 ${FEED_PAGE_MAX}`,
      en: `first must be between 1 and ${FEED_PAGE_MAX}`,
    });
  }
  const after = decodeFeedCursor(request.after);
  const types = request.types?.length ? JSON.stringify(request.types) : null;
  const rows = await db.$queryRawUnsafe<FeedRow[]>(FEED_SQL, after.tx, after.seq, types, first + 1);
  const page = rows.slice(0, first);
  const events: FeedEvent[] = page.map((row) => ({
    id: row.id,
    department,
    type: row.type,
    disputeId: row.disputeId,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    occurredAt: row.occurredAt,
    actor: { id: row.actorId, name: row.actorName },
    summary: row.summary,
    payload: row.payload,
    cursor: encodeFeedCursor({ tx: row.tx, seq: row.seq }),
  }));
  const last = events.at(-1);
  return { events, nextCursor: last ? last.cursor : encodeFeedCursor(after), hasMore: rows.length > first };
}
