import { Department, Officer } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "纠纷时间线 One department's event on a dispute, as the centre learned it from that department's feed" })
export class TimelineEntry {
  @Field((_type) => ID, { description: "The event's stable id in its department's log" })
  eventId!: string;

  @Field((_type) => Department.enum)
  department!: Department;

  @Field((_type) => String, { description: "Stable event type (docs/events.md)" })
  type!: string;

  @Field((_type) => GraphQLDateTime, { description: "When the department acted" })
  occurredAt!: Date;

  @Field((_type) => GraphQLDateTime, { description: "When the centre consumed the event" })
  learnedAt!: Date;

  @Field((_type) => String)
  summary!: string;

  @Field((_type) => Officer)
  actor!: Officer;

  @Field((_type) => String)
  subjectType!: string;

  @Field((_type) => ID)
  subjectId!: string;
}
