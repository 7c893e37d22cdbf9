import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { DeadlineStage, ReminderLevel } from "./oversight-enums";

@ObjectType({ description: "督办提醒 A reminder recorded for a centre, once per stage deadline, level and due time" })
export class DeadlineReminder {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => ReminderLevel)
  level!: ReminderLevel;

  @Field((_type) => DeadlineStage)
  stage!: DeadlineStage;

  @Field((_type) => GraphQLDateTime, { description: "The limit the reminder is about" })
  dueAt!: Date;

  @Field((_type) => GraphQLDateTime)
  remindedAt!: Date;
}
