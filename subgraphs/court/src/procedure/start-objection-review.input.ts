import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "审查异议 A judge of the court takes up an objection" })
export class StartObjectionReviewInput {
  @Field((_type) => ID)
  objectionId!: string;
}
