import { GraphQLDateTime, GraphQLJSONObject } from "graphql-scalars";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Department } from "../actor";
import { Officer } from "../officer.type";

/** One entry of a department's outbox as its feed serves it. */
@Directive("@shareable")
@ObjectType({ description: "事件 One entry of a department's append-only event log, as its feed serves it" })
export class FeedEvent {
  @Field((_type) => ID, { description: "Stable id of the event: consumers deduplicate by it" })
  id!: string;

  @Field((_type) => Department.enum)
  department!: Department;

  @Field((_type) => String, { description: "Stable event type (see docs/events.md), e.g. confirmation.ruled" })
  type!: string;

  @Field((_type) => ID, { nullable: true, description: "The dispute the event concerns, when there is one" })
  disputeId!: string | null;

  @Field((_type) => String, { description: "The kind of record the event concerns, e.g. ConfirmationApplication" })
  subjectType!: string;

  @Field((_type) => ID)
  subjectId!: string;

  @Field((_type) => GraphQLDateTime)
  occurredAt!: Date;

  @Field((_type) => Officer)
  actor!: Officer;

  @Field((_type) => String, { description: "One line a clerk can read (Chinese)" })
  summary!: string;

  @Field((_type) => GraphQLJSONObject, { description: "Keys, new status and outcome: what a consumer needs without calling back" })
  payload!: Record<string, unknown>;

  @Field((_type) => String, { description: "Cursor just after this event: resume from here" })
  cursor!: string;
}
