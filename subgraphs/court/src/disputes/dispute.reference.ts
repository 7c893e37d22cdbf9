import type { Dispute } from "./dispute.type";

/** The centre owns disputes: any id is accepted here, and its court fields are simply empty when unknown. */
export function resolveDisputeReference(reference: Pick<Dispute, "id" | "mergedIds">): Dispute {
  // mergedIds comes along when a field @requires it: records filed under merged disputes follow the survivor.
  return reference.mergedIds ? { id: reference.id, mergedIds: reference.mergedIds } : { id: reference.id };
}
