import { Field, ID, InputType } from "type-graphql";

@InputType({
  description: "关联 The new submission is another channel of a matter already recorded: it is kept, and handled under the survivor",
})
export class LinkDuplicateInput {
  @Field((_type) => ID, { description: "The dispute with the open duplicate review" })
  disputeId!: string;

  @Field((_type) => ID, { description: "The dispute already recorded, which carries the matter on" })
  survivorId!: string;
}
