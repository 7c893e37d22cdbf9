import { Officer } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { PerformanceStatus } from "./enums";

@ObjectType({ description: "履行情况记录 How a term stood on a day, as the committee recorded it (人民调解法 art 31)" })
export class TermPerformance {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => PerformanceStatus)
  status!: PerformanceStatus;

  @Field((_type) => GraphQLDateTime, { description: "The day performance stood so (performed on, or found not performed on)" })
  asOf!: Date;

  @Field((_type) => String, { nullable: true })
  note!: string | null;

  @Field((_type) => GraphQLDateTime)
  recordedAt!: Date;

  @Field((_type) => Officer)
  recordedBy!: Officer;
}
