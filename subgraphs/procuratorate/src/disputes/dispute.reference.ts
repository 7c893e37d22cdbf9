import type { Dispute } from "./dispute.type";

/** The centre owns disputes; this subgraph only adds fields, so the key and what its fields @require are all it needs. */
export function resolveDisputeReference(reference: Pick<Dispute, "id" | "accessGrant" | "mergedIds">): Dispute {
  return { id: reference.id, accessGrant: reference.accessGrant ?? null, mergedIds: reference.mergedIds ?? [] };
}
