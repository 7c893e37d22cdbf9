import { Field, Int, ObjectType } from "type-graphql";
import { DeadlineStage } from "./oversight-enums";

@ObjectType({ description: "How many overdue limits of one stage" })
export class StageCount {
  @Field((_type) => DeadlineStage)
  stage!: DeadlineStage;

  @Field((_type) => Int)
  count!: number;
}
