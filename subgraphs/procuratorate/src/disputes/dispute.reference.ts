import type { Dispute } from "./dispute.type";

/** The centre owns disputes; this subgraph only adds fields, so the key is all it needs. */
export function resolveDisputeReference(reference: Pick<Dispute, "id" | "mergedIds">): Dispute {
  // mergedIds comes along when a field @requires it: records filed under merged disputes follow the survivor.
  return reference.mergedIds ? { id: reference.id, mergedIds: reference.mergedIds } : { id: reference.id };
}
