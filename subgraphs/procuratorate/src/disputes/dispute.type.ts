import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The centre's dispute, seen from the procuratorate: its key plus the fields added here. */
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
