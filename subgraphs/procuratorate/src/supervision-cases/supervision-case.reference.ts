import { outOfScope } from "@hub/subgraph-kit";
import type { ProcuratorateContext } from "../context";
import type { SupervisionCase } from "./supervision-case.type";

/** As the root field answers: unknown and out of the caller's scope look the same, null with FORBIDDEN. */
export async function resolveSupervisionCaseReference(reference: Pick<SupervisionCase, "id">, context: ProcuratorateContext) {
  const row = await context.scoped.supervisionCase.load(reference.id);
  if (!row) throw outOfScope("SupervisionCase", reference.id);
  return row;
}
