import { Officer } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { ApplicationMaterial } from "../applications/application-record";

@ObjectType({ description: "限期补交 An order to supply missing materials by a deadline (民诉法解释 354)" })
export class SupplementOrder {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => [ApplicationMaterial])
  missing!: ApplicationMaterial[];

  @Field((_type) => GraphQLDateTime)
  orderedAt!: Date;

  @Field((_type) => GraphQLDateTime, {
    description: "补交期限; not supplied by then, the court may deem the application withdrawn (民诉法解释 357(2))",
  })
  dueAt!: Date;

  @Field((_type) => [Int], {
    description:
      "节假日安排缺失 The years dueAt ran into that the holiday calendar does not cover, where the hub counted it (the court set no date): counted on weekends alone, check by hand (民法典 art 203)",
  })
  calendarMissingFor!: number[];

  @Field((_type) => Officer)
  orderedBy!: Officer;

  @Field((_type) => GraphQLDateTime, { nullable: true })
  suppliedAt!: Date | null;

  @Field((_type) => Officer, { nullable: true })
  suppliedRecordedBy!: Officer | null;
}
