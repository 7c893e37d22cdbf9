import { outOfScope } from "@hub/subgraph-kit";
import type { JusticeContext } from "../context";
import type { MediationCase } from "./mediation-case.type";

export async function resolveMediationCaseReference(reference: Pick<MediationCase, "id">, context: JusticeContext) {
  const row = await context.scoped.mediationCase.load(reference.id);
  if (!row) throw outOfScope("MediationCase", reference.id);
  return row;
}
