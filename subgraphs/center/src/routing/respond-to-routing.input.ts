import { Field, ID, InputType } from "type-graphql";
import { RoutingDecision } from "./routing-enums";

@InputType({ description: "The receiving organisation's answer to a routing" })
export class RespondToRoutingInput {
  @Field((_type) => ID)
  routingId!: string;

  @Field((_type) => RoutingDecision)
  decision!: RoutingDecision;

  @Field((_type) => String, { nullable: true, description: "退回理由 Required to return (信访工作条例 art 23)" })
  reason?: string | null;
}
