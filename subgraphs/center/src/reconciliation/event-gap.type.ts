import { Department } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "漏收事件 An event in a department's log the centre passed without consuming" })
export class EventGap {
  @Field((_type) => ID)
  eventId!: string;

  @Field((_type) => Department.enum)
  department!: Department;

  @Field((_type) => String)
  type!: string;

  @Field((_type) => ID, { nullable: true })
  disputeId!: string | null;

  @Field((_type) => GraphQLDateTime)
  occurredAt!: Date;
}
