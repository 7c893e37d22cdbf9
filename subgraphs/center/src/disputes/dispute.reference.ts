import { outOfScope } from "@hub/subgraph-kit";
import type { CenterContext } from "../context";
import type { Dispute } from "./dispute.type";

/**
 * Loads the dispute within the caller's scope (null and FORBIDDEN otherwise, as for an unknown
 * id) and keeps whatever else the representation carries: for `caseFile`, the gateway sends the
 * other departments' events along (@requires).
 */
export async function resolveDisputeReference(reference: Pick<Dispute, "id"> & Partial<Dispute>, context: CenterContext) {
  const row = await context.scoped.dispute.load(reference.id);
  if (!row) throw outOfScope("Dispute", reference.id);
  return { ...reference, ...row };
}
