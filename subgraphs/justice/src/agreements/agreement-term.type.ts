import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { PerformanceStatus } from "../performance/enums";
import { AgreementTermSubject } from "./enums";

@ObjectType({ description: "履行事项 One agreed obligation with its manner, place and deadline of performance (人民调解法 art 29)" })
export class AgreementTerm {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => Int, { description: "1 for the first term, as the agreement lists them" })
  position!: number;

  @Field((_type) => ID, { description: "The party who performs (the centre's Party id)" })
  obligorPartyId!: string;

  @Field((_type) => ID, { description: "The party performed to (the centre's Party id)" })
  obligeePartyId!: string;

  @Field((_type) => String)
  obligation!: string;

  @Field((_type) => String, { description: "履行方式" })
  manner!: string;

  @Field((_type) => String, { nullable: true, description: "履行地点" })
  place!: string | null;

  @Field((_type) => GraphQLDateTime, {
    description:
      "履行期限 The last day of performance: for a term performed in instalments, the last instalment's deadline (民事诉讼法 art 250 ¶2 counts the enforcement period from it)",
  })
  deadline!: Date;

  @Field((_type) => AgreementTermSubject, {
    nullable: true,
    description: "What the term is about (民诉法解释 355(3)); null only on terms recorded before the subject was",
  })
  subject!: AgreementTermSubject | null;

  @Field((_type) => PerformanceStatus, {
    nullable: true,
    description: "履行情况 The latest performance the committee recorded (人民调解法 art 31); null until one is",
  })
  performanceStatus!: PerformanceStatus | null;
}
