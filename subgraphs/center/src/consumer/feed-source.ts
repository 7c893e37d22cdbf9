import { randomUUID } from "node:crypto";
import { DEPARTMENT_REGISTRY, hubDepartment, type AgencyDepartment, type EventEnvelope } from "@hub/contract";
import { readEventFeed, systemActor, type Department } from "@hub/subgraph-kit";
import type { CenterDb } from "../db";
import type { GraphReader } from "../graph";

/** An event as the consumer receives it from any department's feed (the feed says whose). */
export type SourceEvent = Omit<EventEnvelope, "department">;

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

interface RemoteEvent extends Omit<SourceEvent, "occurredAt"> {
  occurredAt: string;
}

/** Another department's feed, read through the gateway as the consumer's system actor. */
export function gatewayFeedSource(graph: GraphReader, department: AgencyDepartment): FeedSource {
  const field = DEPARTMENT_REGISTRY.find((entry) => entry.department === department)?.feed;
  if (!field) throw new Error(`${department} has no event feed in subgraphs/registry.json`);
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
    department: hubDepartment().department,
    read: (after, first) => readEventFeed(db, hubDepartment().department, { after, first }),
  };
}

export function defaultFeedSources(db: CenterDb, graph: GraphReader): FeedSource[] {
  // Every other department of the registry, in its order, after the centre's own log.
  const others = DEPARTMENT_REGISTRY.filter((entry) => !entry.hub);
  return [localFeedSource(db), ...others.map((entry) => gatewayFeedSource(graph, entry.department))];
}
