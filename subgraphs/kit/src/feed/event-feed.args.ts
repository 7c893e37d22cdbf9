import { ArgsType, Field, Int } from "type-graphql";

@ArgsType()
export class EventFeedArgs {
  @Field((_type) => String, { nullable: true, description: "The nextCursor of the previous page; none reads from the beginning" })
  after?: string | null;

  @Field((_type) => Int, { nullable: true, description: "Page size, 1 to 500 (100 by default)" })
  first?: number | null;

  @Field((_type) => [String], { nullable: true, description: "Only these event types" })
  types?: string[] | null;
}
