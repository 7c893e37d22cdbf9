import { GraphQLDateTime } from "graphql-scalars";
import { Field, InputType } from "type-graphql";

@InputType({ description: "报告公安机关 A risk of a public-order or criminal case, reported to the police (人民调解法 art 25)" })
export class PoliceReferralInput {
  @Field((_type) => GraphQLDateTime)
  reportedAt!: Date;

  @Field((_type) => String, { description: "The risk seen and what was reported" })
  reason!: string;
}
