import type { Dispute } from "./dispute.type";

/** Justice stores no disputes: any id is answered, and its fields are looked up by key. */
export function resolveDisputeReference(reference: Pick<Dispute, "id" | "mergedIds">): Dispute {
  // mergedIds comes along when a field @requires it: records filed under merged disputes follow the survivor.
  return reference.mergedIds ? { id: reference.id, mergedIds: reference.mergedIds } : { id: reference.id };
}
