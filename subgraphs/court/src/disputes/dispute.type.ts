import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The centre's dispute, as far as the court extends it. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Dispute {
  @Field((_type) => ID)
  id!: string;

  /** The centre's proof that this caller may see the dispute (kit `requireAccessGrant`). */
  @Directive("@external")
  @Field((_type) => String)
  accessGrant?: string | null;

  /** The centre's ids of disputes linked or merged into this one (@requires): records filed under them show here too. */
  @Directive("@external")
  @Field((_type) => [ID])
  mergedIds?: string[];
}
