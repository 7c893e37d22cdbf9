import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "撤回分流 The centre takes back a routing not yet answered" })
export class WithdrawRoutingInput {
  @Field((_type) => ID)
  routingId!: string;

  @Field((_type) => String)
  reason!: string;
}
