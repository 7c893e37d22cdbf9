import type { JusticeContext } from "../context";
import type { MediationCommittee } from "./mediation-committee.type";

export async function resolveMediationCommitteeReference(reference: Pick<MediationCommittee, "id">, context: JusticeContext) {
  return context.loaders.committeeById.load(reference.id);
}
