import { GraphQLDateTime } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { StageCount } from "./stage-count.type";
import { StageDeadline, type StageDeadlineView } from "./stage-deadline.type";

@ObjectType({ description: "超期清单 Overdue limits, most overdue first, with the counts" })
export class OverdueList {
  @Field((_type) => GraphQLDateTime, { description: "The instant the list is judged at" })
  asOf!: Date;

  @Field((_type) => Int, { description: "All overdue limits that match, not only this page" })
  totalCount!: number;

  @Field((_type) => [StageCount], { description: "totalCount by stage" })
  byStage!: StageCount[];

  @Field((_type) => [StageDeadline], { description: "The first overdue limits, most overdue first" })
  nodes!: StageDeadlineView[];
}
