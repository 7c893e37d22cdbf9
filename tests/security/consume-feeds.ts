import type { Department } from "@hub/subgraph-kit";
import { consumePage } from "../../subgraphs/center/src/consumer/consume-page";
import { localFeedSource, type SourceEvent, type SourcePage } from "../../subgraphs/center/src/consumer/feed-source";
import type { CenterServer } from "../../subgraphs/center/src/server";
import type { RunningHub } from "../support/hub-harness";
import { expectData } from "../e2e/steps";
import { hubSystem } from "../e2e/support-events";

const FEEDS = { JUSTICE: "justiceEventFeed", COURT: "courtEventFeed", PROCURATORATE: "procuratorateEventFeed" } as const;
type Remote = Omit<SourceEvent, "occurredAt"> & { occurredAt: string };
type Page = { events: Remote[]; nextCursor: string; hasMore: boolean };

/**
 * Has the centre consume every department's feed as its consumer would (the inbox, the timeline
 * and the webhook deliveries in one transaction per page), so a test sees what the workers make of it.
 */
export async function consumeAllFeeds(hub: RunningHub): Promise<void> {
  const { db } = hub.subgraphs.center.server as CenterServer;
  const own = localFeedSource(db);
  await consumeFeed(hub, "CENTER", (after) => own.read(after, 500));
  for (const [department, field] of Object.entries(FEEDS) as [Department, string][]) {
    await consumeFeed(hub, department, async (after) => {
      const data: Record<string, Page> = expectData(
        await hub.request(
          `query($after: String) { ${field}(after: $after, first: 500) {
            events { id type disputeId subjectType subjectId occurredAt summary payload cursor actor { id name } }
            nextCursor hasMore } }`,
          { after },
          hubSystem(),
        ),
      );
      const page = data[field] as Page;
      return { ...page, events: page.events.map((event) => ({ ...event, occurredAt: new Date(event.occurredAt) })) };
    });
  }
}

async function consumeFeed(hub: RunningHub, department: Department, read: (after: string | null) => Promise<SourcePage>): Promise<void> {
  const { db } = hub.subgraphs.center.server as CenterServer;
  const row = await db.feedCursor.findUnique({ where: { source: department } });
  let after: string | null = row?.cursor || null;
  for (;;) {
    const page = await read(after);
    await consumePage(db, department, after, page, new Date());
    after = page.nextCursor;
    if (!page.hasMore) return;
  }
}

/**
 * `consumeAllFeeds` until the centre has learned each of `types` on `disputeId`. A department's
 * feed serves an event only once every transaction older than it has ended (commit-safe order),
 * so a transaction another test file holds open on the same database delays it: wait for the
 * events themselves rather than for one pass.
 */
export async function consumeUntilLearned(hub: RunningHub, disputeId: string, types: readonly string[], timeoutMs = 60_000): Promise<void> {
  const { db } = hub.subgraphs.center.server as CenterServer;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await consumeAllFeeds(hub);
    const learned = await db.consumedEvent.findMany({ where: { disputeId, type: { in: [...types] } }, select: { type: true } });
    const missing = types.filter((type) => !learned.some((row) => row.type === type));
    if (missing.length === 0) return;
    if (Date.now() > deadline) throw new Error(`the centre never learned ${missing.join(", ")} on dispute ${disputeId}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
