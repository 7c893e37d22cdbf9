import type DataLoader from "dataloader";
import { Args, Ctx, Directive, FieldResolver, Query, Resolver, Root, type ClassType } from "type-graphql";
import { authorize } from "../authorize";
import type { Department } from "../actor";
import { CaseEvent } from "../case-event.type";
import type { HubContext } from "../context";
import { toCaseEvent, type EventLogRow } from "../event-log";
import { EventFeedArgs } from "../feed/event-feed.args";
import { EventFeedPage } from "../feed/event-feed-page.type";
import { requireFeedReader } from "../feed/feed-access";
import { readEventFeed, type FeedQueryable } from "../feed/read-event-feed";
import { requireAccessGrant } from "../authorize";
import { REQUIRES_CENTRE_FIELDS } from "../merged-disputes";
import { visibleEventsOfMatter } from "../scoped-events";
import type { PolicyField } from "@hub/contract/access-policy";
import type { DisputeExtension } from "./dispute-extension.type";

/** An event-log row as the Dispute extension reads it (the department's own loader, by dispute id). */
export type EventRow = Omit<EventLogRow, "payload" | "disputeId"> & { seq: bigint };

/** The department's event feed query (`<name>EventFeed`): hub and department systems only, commit-safe order, resumable. */
export function eventFeedResolver<C extends HubContext & { db: FeedQueryable }>(
  department: Department,
  field: string,
  description: string,
) {
  @Resolver()
  class EventFeedResolver {
    @Query((_type) => EventFeedPage, {
      name: field,
      description,
    })
    async feed(@Args((_type) => EventFeedArgs) args: EventFeedArgs, @Ctx() context: C): Promise<EventFeedPage> {
      authorize(context, field as PolicyField);
      requireFeedReader(context, department);
      return readEventFeed(context.db, department, args);
    }
  }
  return EventFeedResolver;
}

/** `Dispute.<name>Events`: what the department did on the dispute and the records merged into it, oldest first. */
export function disputeEventsResolver<C extends HubContext>(
  disputeType: ClassType,
  department: Department,
  field: string,
  description: string,
  loader: (context: C) => DataLoader<string, EventRow[]>,
  readable: (context: C, dispute: DisputeExtension) => Promise<readonly string[]>,
) {
  @Resolver((_of) => disputeType)
  class DisputeEventsResolver {
    @Directive(REQUIRES_CENTRE_FIELDS)
    @FieldResolver((_type) => [CaseEvent], {
      name: field,
      nullable: true,
      description,
    })
    async events(@Root() dispute: DisputeExtension, @Ctx() context: C): Promise<CaseEvent[]> {
      requireAccessGrant(dispute, context);
      const rows = await visibleEventsOfMatter(
        loader(context),
        dispute,
        (a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || Number(a.seq - b.seq),
        readable(context, dispute),
      );
      return rows.map((row) => toCaseEvent(department, row));
    }
  }
  return DisputeEventsResolver;
}
