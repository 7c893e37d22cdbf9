import { GraphQLDateTime } from "graphql-scalars";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { ConfirmationStatus } from "./confirmation-status";

@Directive('@key(fields: "id")')
@ObjectType({ description: "司法确认申请 An application to a court to confirm a mediation agreement (民事诉讼法 205-206)" })
export class ConfirmationApplication {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => ConfirmationStatus)
  status!: ConfirmationStatus;

  @Field((_type) => GraphQLDateTime, { description: "申请时间 When the application was filed" })
  filedAt!: Date;
}
