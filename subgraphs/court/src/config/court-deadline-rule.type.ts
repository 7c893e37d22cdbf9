import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "A time limit the court applies to judicial confirmation, and its legal or local source" })
export class CourtDeadlineRule {
  @Field((_type) => String, { description: "e.g. acceptanceDecision, conclusion" })
  name!: string;

  @Field((_type) => Int, { nullable: true })
  days!: number | null;

  @Field((_type) => Int, { nullable: true, description: "A period in months ends on the corresponding date (民法典 art 202)" })
  months!: number | null;

  @Field((_type) => Int, { nullable: true })
  years!: number | null;

  @Field((_type) => Int, { nullable: true, description: "The most an approved extension adds, in days" })
  extensionDays!: number | null;

  @Field((_type) => String, { description: "Where the limit comes from, e.g. 民事诉讼法 art 187" })
  basis!: string;
}
