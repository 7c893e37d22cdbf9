import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "开始审查 A judge takes up an accepted confirmation application" })
export class StartConfirmationReviewInput {
  @Field((_type) => ID)
  applicationId!: string;
}
