import { randomUUID } from "node:crypto";
import { readEventFeed, systemActor, type Department } from "@hub/subgraph-kit";
import type { CenterDb } from "../db";
import type { GraphReader } from "../graph";

/** An event as the consumer receives it from any department's feed. */
export interface SourceEvent {
  id: string;
  type: string;
  disputeId: string | null;
  subjectType: string;
  subjectId: string;
  occurredAt: Date;
  actor: { id: string; name: string };
  summary: string;
  payload: Record<string, unknown>;
  /** The feed position just after this event. */
  cursor?: string;
}

export interface SourcePage {
  events: SourceEvent[];
  nextCursor: string;
  hasMore: boolean;
}

export interface FeedSource {
  department: Department;
  read(after: string | null, first: number): Promise<SourcePage>;
}

/** The identity the centre's consumer and reconciliation read feeds under, signed like any actor. */
export const CONSUMER_ACTOR = systemActor("CENTER", "system:center-event-consumer", "综治中心事件消费者");

const FEED_FIELDS: Partial<Record<Department, string>> = {
  JUSTICE: "justiceEventFeed",
  COURT: "courtEventFeed",
  PROCURATORATE: "procuratorateEventFeed",
};

interface RemoteEvent extends Omit<SourceEvent, "occurredAt"> {
  occurredAt: string;
}

/** Another department's feed, read through the gateway as the consumer's system actor. */
export function gatewayFeedSource(graph: GraphReader, department: "JUSTICE" | "COURT" | "PROCURATORATE"): FeedSource {
  const field = FEED_FIELDS[department] as string;
  const document = `query ConsumeFeed($after: String, $first: Int) {
    ${field}(after: $after, first: $first) {
      events { id type disputeId subjectType subjectId occurredAt summary payload cursor actor { id name } }
      nextCursor
      hasMore
    }
  }`;
  return {
    department,
    async read(after, first) {
      const data = await graph.request<Record<string, { events: RemoteEvent[]; nextCursor: string; hasMore: boolean }>>(
        document,
        { after, first },
        { actor: CONSUMER_ACTOR, requestId: `consumer-${randomUUID()}` },
      );
      const page = data[field];
      if (!page) throw new Error(`the gateway answered without ${field}`);
      return { ...page, events: page.events.map((event) => ({ ...event, occurredAt: new Date(event.occurredAt) })) };
    },
  };
}

/** The centre's own log, read in the same commit-safe order from its own database. */
export function localFeedSource(db: CenterDb): FeedSource {
  return {
    department: "CENTER",
    read: (after, first) => readEventFeed(db, "CENTER", { after, first }),
  };
}

export function defaultFeedSources(db: CenterDb, graph: GraphReader): FeedSource[] {
  return [
    localFeedSource(db),
    gatewayFeedSource(graph, "JUSTICE"),
    gatewayFeedSource(graph, "COURT"),
    gatewayFeedSource(graph, "PROCURATORATE"),
  ];
}
