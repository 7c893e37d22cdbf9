import type { ProcuratorateContext } from "../context";
import type { SupervisionCase } from "./supervision-case.type";

export async function resolveSupervisionCaseReference(reference: Pick<SupervisionCase, "id">, context: ProcuratorateContext) {
  // Unknown and out of the caller's scope look the same: null.
  return context.scoped.supervisionCase.load(reference.id);
}
