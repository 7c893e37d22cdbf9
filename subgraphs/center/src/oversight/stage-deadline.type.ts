import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import type { StageDeadline as StageDeadlineRow } from "../../generated/client";
import { DeadlineStage } from "./oversight-enums";

/** A stage deadline row with the instant it is judged against. */
export type StageDeadlineView = StageDeadlineRow & { asOf: Date };

@ObjectType({ description: "督办期限 A time limit a dispute runs against, with its source, extensions and urgings" })
export class StageDeadline {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => DeadlineStage)
  stage!: DeadlineStage;

  @Field((_type) => GraphQLDateTime, { description: "When the stage began" })
  startedAt!: Date;

  @Field((_type) => GraphQLDateTime, { description: "The limit as configured, before extensions" })
  baseDueAt!: Date;

  @Field((_type) => GraphQLDateTime, { description: "到期 The limit in force (23:59:59.999 China Standard Time of its last day)" })
  dueAt!: Date;

  @Field((_type) => Int, { description: "延期 Days added by supervisors, in all" })
  extendedDays!: number;

  @Field((_type) => String, { description: "The legal or local source of the limit" })
  basis!: string;

  @Field((_type) => Int, { description: "督促 How many times a supervisor has urged this stage" })
  urgeCount!: number;

  @Field((_type) => GraphQLDateTime, { nullable: true })
  lastUrgedAt!: Date | null;

  @Field((_type) => GraphQLDateTime, { nullable: true, description: "When the stage ended; null while it runs" })
  closedAt!: Date | null;
}
