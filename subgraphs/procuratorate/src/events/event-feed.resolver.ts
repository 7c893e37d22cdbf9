import { authorize, EventFeedArgs, EventFeedPage, readEventFeed, requireFeedReader } from "@hub/subgraph-kit";
import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { ProcuratorateContext } from "../context";

@Resolver()
export class ProcuratorateEventFeedResolver {
  @Query((_type) => EventFeedPage, {
    description:
      "事件流 The procuratorate's events in commit-safe order, resumable from a cursor (hub and department systems only; see docs/events.md)",
  })
  async procuratorateEventFeed(
    @Args((_type) => EventFeedArgs) args: EventFeedArgs,
    @Ctx() context: ProcuratorateContext,
  ): Promise<EventFeedPage> {
    authorize(context, "procuratorateEventFeed");
    requireFeedReader(context, "PROCURATORATE");
    return readEventFeed(context.db, "PROCURATORATE", args);
  }
}
