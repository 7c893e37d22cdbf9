import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "上交 Send a dispute to the centre of the next level up" })
export class EscalateDisputeInput {
  @Field((_type) => ID)
  disputeId!: string;

  @Field((_type) => String)
  reason!: string;
}
