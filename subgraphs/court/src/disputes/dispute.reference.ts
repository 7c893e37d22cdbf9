import type { Dispute } from "./dispute.type";

/** The centre owns disputes: any id is accepted here, and its court fields are simply empty when unknown. */
export function resolveDisputeReference(reference: Pick<Dispute, "id">): Dispute {
  return { id: reference.id };
}
