import { authorize, EventFeedArgs, EventFeedPage, readEventFeed, requireFeedReader } from "@hub/subgraph-kit";
import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { CenterContext } from "../context";

@Resolver()
export class CenterEventFeedResolver {
  @Query((_type) => EventFeedPage, {
    description:
      "事件流 The center's events in commit-safe order, resumable from a cursor (hub and department systems only; see docs/events.md)",
  })
  async centerEventFeed(@Args((_type) => EventFeedArgs) args: EventFeedArgs, @Ctx() context: CenterContext): Promise<EventFeedPage> {
    authorize(context, "centerEventFeed");
    requireFeedReader(context, "CENTER");
    return readEventFeed(context.db, "CENTER", args);
  }
}
