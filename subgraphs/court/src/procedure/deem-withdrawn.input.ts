import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "按撤回申请处理 Deem the application withdrawn: ordered materials not supplied in time (民诉法解释 357(2))" })
export class DeemConfirmationWithdrawnInput {
  @Field((_type) => ID)
  applicationId!: string;

  @Field((_type) => String, { nullable: true })
  reason?: string | null;
}
