import type { Dispute } from "./dispute.type";

/** Justice stores no disputes: any id is answered; its fields answer only with the centre's access grant (@requires). */
export function resolveDisputeReference(reference: Pick<Dispute, "id" | "accessGrant">): Dispute {
  return { id: reference.id, accessGrant: reference.accessGrant ?? null };
}
