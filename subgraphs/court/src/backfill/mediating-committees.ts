import { randomUUID } from "node:crypto";
import { systemActor } from "@hub/subgraph-kit";
import type { CourtDb } from "../db";
import type { GraphReader } from "../graph";

/** One event of the justice bureau's feed, as far as the backfill reads it. */
export interface JusticeFeedEvent {
  type: string;
  subjectId: string;
  payload: Record<string, unknown>;
}

export interface JusticeFeedPage {
  events: JusticeFeedEvent[];
  nextCursor: string;
  hasMore: boolean;
}

export type JusticeFeedReader = (after: string | null, first: number) => Promise<JusticeFeedPage>;

export interface BackfillReport {
  /** Applications that had no committee and now have one. */
  filled: number;
  /** Applications still without one: their mediation case or committee is not in the feed. */
  unresolved: string[];
}

const PAGE = 500;
const text = (value: unknown): string | null => (typeof value === "string" && value.length > 0 ? value : null);

/**
 * Fills in the mediating committee (and where it sits) on applications filed before the court
 * recorded it, for the committee scope grounds. The court holds only the mediation case's key;
 * the justice bureau's feed says which committee accepted each case (`mediation.accepted`) and
 * where each committee sits (`committee.registered`). Safe to run again: it touches only rows
 * still without a committee.
 */
export async function backfillMediatingCommittees(db: CourtDb, readFeed: JusticeFeedReader): Promise<BackfillReport> {
  const missing = await db.confirmationApplication.findMany({
    where: { mediatingCommitteeId: null },
    select: { id: true, mediationCaseId: true },
  });
  if (missing.length === 0) return { filled: 0, unresolved: [] };

  const committeeOfCase = new Map<string, string>();
  const divisionOfCommittee = new Map<string, string>();
  let after: string | null = null;
  for (;;) {
    const page: JusticeFeedPage = await readFeed(after, PAGE);
    for (const event of page.events) {
      const committeeId = text(event.payload.committeeId)?.toLowerCase();
      if (!committeeId) continue;
      if (event.type === "mediation.accepted") committeeOfCase.set(event.subjectId.toLowerCase(), committeeId);
      const divisionCode = text(event.payload.divisionCode);
      if (event.type === "committee.registered" && divisionCode) divisionOfCommittee.set(committeeId, divisionCode);
    }
    if (!page.hasMore || page.events.length === 0) break;
    after = page.nextCursor;
  }

  let filled = 0;
  const unresolved: string[] = [];
  for (const application of missing) {
    const committeeId = committeeOfCase.get(application.mediationCaseId.toLowerCase());
    const divisionCode = committeeId ? divisionOfCommittee.get(committeeId) : undefined;
    if (!committeeId || !divisionCode) {
      unresolved.push(application.id);
      continue;
    }
    const { count } = await db.confirmationApplication.updateMany({
      where: { id: application.id, mediatingCommitteeId: null },
      data: { mediatingCommitteeId: committeeId, mediatingCommitteeDivisionCode: divisionCode },
    });
    filled += count;
  }
  return { filled, unresolved };
}

/** The identity the backfill reads the justice feed under (a hub system may read every department's feed). */
export const BACKFILL_ACTOR = systemActor("COURT", "system:court-committee-backfill", "法院调解组织补录");

/** The justice bureau's feed through the gateway. */
export function gatewayJusticeFeed(graph: GraphReader): JusticeFeedReader {
  const document = /* GraphQL */ `
    query CommitteeBackfillFeed($after: String, $first: Int) {
      justiceEventFeed(after: $after, first: $first) {
        events {
          type
          subjectId
          payload
        }
        nextCursor
        hasMore
      }
    }
  `;
  return async (after, first) =>
    (
      await graph.request<{ justiceEventFeed: JusticeFeedPage }>(
        document,
        { after, first },
        { actor: BACKFILL_ACTOR, requestId: `committee-backfill-${randomUUID()}` },
      )
    ).justiceEventFeed;
}
