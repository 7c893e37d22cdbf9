import type { CenterContext } from "../context";
import type { Dispute } from "./dispute.type";

/**
 * Loads the dispute and keeps whatever else the representation carries: for `caseFile`, the
 * gateway sends the other departments' events along (@requires).
 */
export async function resolveDisputeReference(reference: Pick<Dispute, "id"> & Partial<Dispute>, context: CenterContext) {
  const row = await context.loaders.disputeById.load(reference.id);
  return row ? { ...reference, ...row } : null;
}
