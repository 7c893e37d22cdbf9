import { GraphQLDateTime } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "报告公安机关 A risk of a public-order or criminal case reported to the police (人民调解法 art 25)" })
export class PoliceReferral {
  @Field((_type) => GraphQLDateTime)
  reportedAt!: Date;

  @Field((_type) => String)
  reason!: string;
}
