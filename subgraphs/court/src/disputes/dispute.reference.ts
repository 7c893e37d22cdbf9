import type { Dispute } from "./dispute.type";

/** The centre owns disputes: any id is accepted here; its court fields answer only with the centre's access grant, and follow merges (@requires). */
export function resolveDisputeReference(reference: Pick<Dispute, "id" | "accessGrant" | "mergedIds">): Dispute {
  return { id: reference.id, accessGrant: reference.accessGrant ?? null, mergedIds: reference.mergedIds ?? [] };
}
