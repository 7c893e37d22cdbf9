import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The centre's Dispute as another department extends it: its key, and the centre's fields it needs (@requires). */
@Directive('@key(fields: "id")')
@ObjectType("Dispute")
export class DisputeExtension {
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

/** A department stores no disputes: any id is answered; its fields answer only with the centre's access grant, and follow merges. */
export function resolveDisputeExtension(reference: Pick<DisputeExtension, "id" | "accessGrant" | "mergedIds">): DisputeExtension {
  return { id: reference.id, accessGrant: reference.accessGrant ?? null, mergedIds: reference.mergedIds ?? [] };
}
