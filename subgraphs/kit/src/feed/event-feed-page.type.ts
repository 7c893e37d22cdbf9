import { Directive, Field, ObjectType } from "type-graphql";
import { FeedEvent } from "./feed-event.type";

@Directive("@shareable")
@ObjectType({ description: "事件流的一页 One page of a department's event feed, in commit-safe order" })
export class EventFeedPage {
  @Field((_type) => [FeedEvent])
  events!: FeedEvent[];

  @Field((_type) => String, { description: "Pass as `after` to read on; the same cursor when the page is empty" })
  nextCursor!: string;

  @Field((_type) => Boolean, { description: "True when more events could be read now" })
  hasMore!: boolean;
}
