import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "合并 Two disputes recorded separately by mistake become one: the merged one points at the survivor" })
export class MergeDisputesInput {
  @Field((_type) => ID, { description: "The dispute merged away; it stays readable and points at the survivor" })
  mergedId!: string;

  @Field((_type) => ID, { description: "The dispute that carries the matter on" })
  survivorId!: string;

  @Field((_type) => String, { description: "Why they are one matter (mandatory)" })
  reason!: string;
}
