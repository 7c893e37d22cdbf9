import type { Dispute } from "./dispute.type";

/** Justice stores no disputes: any id is answered, and its fields are looked up by key. */
export function resolveDisputeReference(reference: Pick<Dispute, "id">): Dispute {
  return { id: reference.id };
}
