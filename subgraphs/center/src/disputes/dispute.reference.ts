import type { CenterContext } from "../context";
import type { Dispute } from "./dispute.type";

export async function resolveDisputeReference(reference: Pick<Dispute, "id">, context: CenterContext) {
  return context.loaders.disputeById.load(reference.id);
}
