import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "分期履行 One instalment of a term performed in parts" })
export class AgreementInstalment {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => Int, { description: "1 for the first instalment, then 2, 3, …" })
  number!: number;

  @Field((_type) => String, { description: "What this instalment consists of" })
  content!: string;

  @Field((_type) => GraphQLDateTime, { description: "该期履行期限 This instalment's deadline" })
  deadline!: Date;
}
