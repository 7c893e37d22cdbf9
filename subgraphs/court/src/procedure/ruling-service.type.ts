import { Officer } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { ServiceMethod } from "./procedure-enums";

@ObjectType({ description: "送达 The ruling served on one party (民诉法解释 372: the party's 15 days run from it)" })
export class RulingService {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => ID, { description: "The party served (the centre's Party id)" })
  partyId!: string;

  @Field((_type) => GraphQLDateTime, { description: "送达日期 When the party received the ruling" })
  servedAt!: Date;

  @Field((_type) => ServiceMethod)
  method!: ServiceMethod;

  @Field((_type) => GraphQLDateTime, { description: "This party's last moment to object: 15 days from service (民诉法解释 372)" })
  objectionDeadline!: Date;

  @Field((_type) => [Int], {
    description:
      "节假日安排缺失 The years the objection period touches that the holiday calendar does not cover: counted on weekends alone, check by hand (民法典 art 203)",
  })
  calendarMissingFor!: number[];

  @Field((_type) => Officer)
  recordedBy!: Officer;
}
