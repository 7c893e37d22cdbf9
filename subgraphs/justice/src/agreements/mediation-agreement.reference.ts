import type { JusticeContext } from "../context";
import type { MediationAgreement } from "./mediation-agreement.type";

export async function resolveMediationAgreementReference(reference: Pick<MediationAgreement, "id">, context: JusticeContext) {
  return context.loaders.agreementById.load(reference.id);
}
