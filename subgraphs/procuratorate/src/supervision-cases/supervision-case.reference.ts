import type { ProcuratorateContext } from "../context";
import type { SupervisionCase } from "./supervision-case.type";

export async function resolveSupervisionCaseReference(reference: Pick<SupervisionCase, "id">, context: ProcuratorateContext) {
  return context.loaders.supervisionCaseById.load(reference.id);
}
