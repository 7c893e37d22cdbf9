import type { Dispute } from "./dispute.type";

/** The centre owns disputes: any id is accepted here; its court fields answer only with the centre's access grant (@requires). */
export function resolveDisputeReference(reference: Pick<Dispute, "id" | "accessGrant">): Dispute {
  return { id: reference.id, accessGrant: reference.accessGrant ?? null };
}
