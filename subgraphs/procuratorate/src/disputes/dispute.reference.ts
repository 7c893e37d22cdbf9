import type { Dispute } from "./dispute.type";

/** The centre owns disputes; this subgraph only adds fields, so the key and the centre's access grant (@requires) are all it needs. */
export function resolveDisputeReference(reference: Pick<Dispute, "id" | "accessGrant">): Dispute {
  return { id: reference.id, accessGrant: reference.accessGrant ?? null };
}
