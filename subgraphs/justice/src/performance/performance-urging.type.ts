import { Officer } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "督促履行 The committee urged the obligor to perform (人民调解法 art 31)" })
export class PerformanceUrging {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => GraphQLDateTime)
  urgedAt!: Date;

  @Field((_type) => String, { description: "How, e.g. 电话督促, 上门督促, 书面通知" })
  method!: string;

  @Field((_type) => String, { nullable: true })
  note!: string | null;

  @Field((_type) => Officer)
  recordedBy!: Officer;
}
