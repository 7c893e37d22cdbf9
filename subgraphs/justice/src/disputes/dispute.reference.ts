import type { Dispute } from "./dispute.type";

/** Justice stores no disputes: any id is answered; its fields answer only with the centre's access grant, and follow merges (@requires). */
export function resolveDisputeReference(reference: Pick<Dispute, "id" | "accessGrant" | "mergedIds">): Dispute {
  return { id: reference.id, accessGrant: reference.accessGrant ?? null, mergedIds: reference.mergedIds ?? [] };
}
