import { Field, ID, InputType } from "type-graphql";
import { RejectionGround } from "./rejection-ground";
import { RulingOutcome } from "./ruling-outcome";

@InputType({ description: "裁定 The judge's ruling on a confirmation application (民事诉讼法 art 206)" })
export class RuleOnConfirmationInput {
  @Field((_type) => ID)
  applicationId!: string;

  @Field((_type) => RulingOutcome)
  outcome!: RulingOutcome;

  @Field((_type) => RejectionGround, { nullable: true, description: "Required when rejecting (民诉法解释 358); not allowed otherwise" })
  rejectionGround?: RejectionGround | null;

  @Field((_type) => String, { nullable: true, description: "裁定理由 The reasoning; required with the ground OTHER" })
  reasoning?: string | null;
}
