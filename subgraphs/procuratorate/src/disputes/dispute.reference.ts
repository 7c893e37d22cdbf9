import type { Dispute } from "./dispute.type";

/** The centre owns disputes; this subgraph only adds fields, so the key is all it needs. */
export function resolveDisputeReference(reference: Pick<Dispute, "id">): Dispute {
  return { id: reference.id };
}
