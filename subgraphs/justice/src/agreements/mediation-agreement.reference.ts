import { outOfScope } from "@hub/subgraph-kit";
import type { JusticeContext } from "../context";
import type { MediationAgreement } from "./mediation-agreement.type";

export async function resolveMediationAgreementReference(reference: Pick<MediationAgreement, "id">, context: JusticeContext) {
  const row = await context.scoped.agreement.load(reference.id);
  if (!row) throw outOfScope("MediationAgreement", reference.id);
  return row;
}
