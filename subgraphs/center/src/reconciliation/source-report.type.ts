import { Department } from "@hub/subgraph-kit";
import { Field, Int, ObjectType } from "type-graphql";
import { EventGap } from "./event-gap.type";

@ObjectType({ description: "One department's feed compared with the centre's inbox" })
export class SourceReport {
  @Field((_type) => Department.enum)
  department!: Department;

  @Field((_type) => Int)
  eventsInFeed!: number;

  @Field((_type) => Int)
  consumed!: number;

  @Field((_type) => Int, { description: "After the consumer's cursor: read at its next poll (not a gap)" })
  notYetConsumed!: number;

  @Field((_type) => [EventGap], { description: "Behind the consumer's cursor yet not in the inbox" })
  gaps!: EventGap[];

  @Field((_type) => String, { nullable: true, description: "Why the feed could not be read; nothing is proved for it then" })
  error!: string | null;
}
