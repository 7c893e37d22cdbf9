import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { PerformanceStatus } from "./enums";

@InputType({ description: "记录履行情况 How a term of an agreement in effect stands (人民调解法 art 31)" })
export class RecordTermPerformanceInput {
  @Field((_type) => ID)
  termId!: string;

  @Field((_type) => PerformanceStatus)
  status!: PerformanceStatus;

  @Field((_type) => GraphQLDateTime, {
    description: "The day performance stood so (performed on, or found not performed on); not in the future",
  })
  asOf!: Date;

  @Field((_type) => String, { nullable: true, description: "e.g. 已转账5000元，余款3000元未付" })
  note?: string | null;
}

@InputType({ description: "督促履行 The committee urges the obligor to perform a term not yet performed (人民调解法 art 31)" })
export class UrgePerformanceInput {
  @Field((_type) => ID)
  termId!: string;

  @Field((_type) => String, { description: "How, e.g. 电话督促, 上门督促, 书面通知" })
  method!: string;

  @Field((_type) => String, { nullable: true })
  note?: string | null;
}
