import { createLogger } from "@hub/subgraph-kit";
import { centreOfficer } from "../../../tests/support/actors";
import type { RunningSubgraph } from "../../../tests/support/subgraph-harness";
import type { FeedSource, SourceEvent, SourcePage } from "../src/consumer/feed-source";
import type { CenterServer } from "../src/server";
import { trafficDispute } from "./fixtures";

export const quietLog = createLogger("center-test", "silent");

/** Receives `count` disputes at `centreId` through the subgraph; returns their ids. */
export async function receiveDisputes(center: RunningSubgraph<CenterServer>, centreId: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const response = await center.request<{ receiveDispute: { id: string } }>(
      `mutation($input: ReceiveDisputeInput!) { receiveDispute(input: $input) { id } }`,
      { input: trafficDispute({ receivingCentreId: centreId }) },
      centreOfficer(centreId),
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    ids.push(response.data.receiveDispute.id);
  }
  return ids;
}

/** A department feed a test controls: serves the pages it is given, in order. */
export function scriptedSource(department: FeedSource["department"], pages: SourcePage[]): FeedSource {
  return {
    department,
    read: async () => pages.shift() ?? { events: [], nextCursor: "end", hasMore: false },
  };
}

export function departmentEvent(disputeId: string, type: string, occurredAt: Date, payload: Record<string, unknown> = {}): SourceEvent {
  return {
    id: crypto.randomUUID(),
    type,
    disputeId,
    subjectType: "MediationCase",
    subjectId: crypto.randomUUID(),
    occurredAt,
    actor: { id: "mediator-1", name: "张调解" },
    summary: `测试事件 ${type}`,
    payload,
  };
}
