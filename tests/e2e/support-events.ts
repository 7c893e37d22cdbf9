import { actor } from "../support/actors";
import type { RunningHub } from "../support/hub-harness";
import { expectData } from "./steps";

/** The identity of the hub's own consumers: reads every department's feed. */
export const hubSystem = () => actor({ department: "CENTER", roles: ["HUB_SYSTEM"], name: "事件核对" });

export interface FeedEntry {
  id: string;
  type: string;
  disputeId: string | null;
}

/** Every event a department's feed serves now, read through the gateway page by page. */
export async function readWholeFeed(hub: RunningHub, field: "justiceEventFeed" | "courtEventFeed" | "procuratorateEventFeed") {
  const events: FeedEntry[] = [];
  let after: string | null = null;
  for (;;) {
    const data: Record<string, { events: FeedEntry[]; nextCursor: string; hasMore: boolean }> = expectData(
      await hub.request(
        `query($after: String) { ${field}(after: $after, first: 500) { events { id type disputeId } nextCursor hasMore } }`,
        { after },
        hubSystem(),
      ),
    );
    const page = data[field] as { events: FeedEntry[]; nextCursor: string; hasMore: boolean };
    events.push(...page.events);
    after = page.nextCursor;
    if (!page.hasMore) return events;
  }
}

/** Polls `probe` until it returns a value (not undefined); fails after `timeoutMs` naming `what`. */
export async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
