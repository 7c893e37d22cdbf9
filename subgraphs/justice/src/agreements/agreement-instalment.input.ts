import { GraphQLDateTime } from "graphql-scalars";
import { Field, InputType } from "type-graphql";

@InputType({ description: "分期履行 One instalment of a term performed in parts, in order (人民调解法 art 29)" })
export class AgreementInstalmentInput {
  @Field((_type) => String, { description: "What this instalment consists of, e.g. 第一期支付3000元" })
  content!: string;

  @Field((_type) => GraphQLDateTime, { description: "该期履行期限 This instalment is due by this time" })
  deadline!: Date;
}
