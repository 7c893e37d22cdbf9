import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "撤回申请 The parties withdraw the application before the ruling (民诉法解释 357)" })
export class WithdrawConfirmationApplicationInput {
  @Field((_type) => ID)
  applicationId!: string;

  @Field((_type) => String, { nullable: true, description: "Why, as the parties gave it" })
  reason?: string | null;
}
