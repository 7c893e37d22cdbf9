import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The centre's Dispute, seen from justice: its key plus the fields justice adds (the description stays with the owner). */
@Directive('@key(fields: "id")')
@ObjectType()
export class Dispute {
  @Field((_type) => ID)
  id!: string;

  /** The centre's proof that this caller may see the dispute (kit `requireAccessGrant`). */
  @Directive("@external")
  @Field((_type) => String)
  accessGrant?: string | null;
}
