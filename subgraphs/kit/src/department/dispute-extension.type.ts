/**
 * The centre's Dispute as another department extends it: its key, and the centre's fields it needs
 * (@requires). Each department declares its own `Dispute` class with these fields: type-graphql
 * attaches field resolvers to the class, so one class shared by two subgraphs in one process would
 * carry both departments' fields.
 */
export interface DisputeExtension {
  id: string;
  /** The centre's proof that this caller may see the dispute (kit `requireAccessGrant`). */
  accessGrant?: string | null;
  /** The centre's ids of disputes linked or merged into this one: records filed under them show here too. */
  mergedIds?: string[];
}

/** A department stores no disputes: any id is answered; its fields answer only with the centre's access grant, and follow merges. */
export function resolveDisputeExtension(reference: DisputeExtension): DisputeExtension {
  return { id: reference.id, accessGrant: reference.accessGrant ?? null, mergedIds: reference.mergedIds ?? [] };
}
