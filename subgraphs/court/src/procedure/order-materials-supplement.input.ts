import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { ApplicationMaterial } from "../applications/application-record";

@InputType({ description: "限期补交 Order missing materials supplied by a deadline (民诉法解释 354)" })
export class OrderMaterialsSupplementInput {
  @Field((_type) => ID)
  applicationId!: string;

  @Field((_type) => [ApplicationMaterial], { description: "What is to be supplied" })
  missing!: ApplicationMaterial[];

  @Field((_type) => GraphQLDateTime, {
    nullable: true,
    description: "补交期限; by default the configured materialsSupplement period from now (courtDeadlineRules)",
  })
  dueAt?: Date | null;
}
