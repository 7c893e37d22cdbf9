import type { CenterContext } from "../context";
import type { Division } from "./division.type";

export async function resolveDivisionReference(reference: Pick<Division, "code">, context: CenterContext) {
  return context.loaders.divisionByCode.load(reference.code);
}
