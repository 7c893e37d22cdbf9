import { authorize, EventFeedArgs, EventFeedPage, readEventFeed, requireFeedReader } from "@hub/subgraph-kit";
import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { CourtContext } from "../context";

@Resolver()
export class CourtEventFeedResolver {
  @Query((_type) => EventFeedPage, {
    description:
      "事件流 The court's events in commit-safe order, resumable from a cursor (hub and department systems only; see docs/events.md)",
  })
  async courtEventFeed(@Args((_type) => EventFeedArgs) args: EventFeedArgs, @Ctx() context: CourtContext): Promise<EventFeedPage> {
    authorize(context, "courtEventFeed");
    requireFeedReader(context, "COURT");
    return readEventFeed(context.db, "COURT", args);
  }
}
