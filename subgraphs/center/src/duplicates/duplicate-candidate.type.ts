import { Field, Float, ObjectType } from "type-graphql";
import { DuplicateReason } from "./duplicate-reason.type";

@ObjectType({ description: "疑似重复 A dispute already recorded that the new submission likely repeats" })
export class DuplicateCandidate {
  @Field((_type) => Float, { description: "0 to 1; the review opened because it reached the threshold" })
  score!: number;

  @Field((_type) => [DuplicateReason])
  reasons!: DuplicateReason[];
}
