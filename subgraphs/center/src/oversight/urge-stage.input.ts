import { Field, ID, InputType } from "type-graphql";
import { DeadlineStage } from "./oversight-enums";

@InputType({ description: "督促 A supervisor urges the stage a dispute is in" })
export class UrgeStageInput {
  @Field((_type) => ID)
  disputeId!: string;

  @Field((_type) => DeadlineStage)
  stage!: DeadlineStage;

  @Field((_type) => String, { description: "督促意见 What the supervisor asks of the handler" })
  note!: string;
}
