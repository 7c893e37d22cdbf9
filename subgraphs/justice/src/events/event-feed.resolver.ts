import { authorize, EventFeedArgs, EventFeedPage, readEventFeed, requireFeedReader } from "@hub/subgraph-kit";
import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { JusticeContext } from "../context";

@Resolver()
export class JusticeEventFeedResolver {
  @Query((_type) => EventFeedPage, {
    description:
      "事件流 The justice's events in commit-safe order, resumable from a cursor (hub and department systems only; see docs/events.md)",
  })
  async justiceEventFeed(@Args((_type) => EventFeedArgs) args: EventFeedArgs, @Ctx() context: JusticeContext): Promise<EventFeedPage> {
    authorize(context, "justiceEventFeed");
    requireFeedReader(context, "JUSTICE");
    return readEventFeed(context.db, "JUSTICE", args);
  }
}
