import { Field, Float, ObjectType } from "type-graphql";
import { DuplicateReasonKind } from "./duplicate-enums";

@ObjectType({ description: "One reason a dispute was found a likely duplicate" })
export class DuplicateReason {
  @Field((_type) => DuplicateReasonKind)
  kind!: DuplicateReasonKind;

  @Field((_type) => String, { description: "The reason in words, 中文 / English" })
  summary!: string;

  @Field((_type) => [String], {
    nullable: true,
    description: "SAME_PARTIES: the new submission's parties found on the candidate, with their roles",
  })
  parties!: string[] | null;

  @Field((_type) => Float, { nullable: true, description: "SIMILAR_FACTS: similarity of facts and claims, 0 to 1" })
  similarity!: number | null;

  @Field((_type) => String, {
    nullable: true,
    description: "SAME_PLACE: the shared township code, or county code when only the county matches",
  })
  placeCode!: string | null;

  @Field((_type) => Float, { nullable: true, description: "CLOSE_IN_TIME: days between the two receipts" })
  daysApart!: number | null;
}
