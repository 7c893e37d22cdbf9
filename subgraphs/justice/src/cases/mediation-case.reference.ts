import type { JusticeContext } from "../context";
import type { MediationCase } from "./mediation-case.type";

export async function resolveMediationCaseReference(reference: Pick<MediationCase, "id">, context: JusticeContext) {
  return context.loaders.caseById.load(reference.id);
}
