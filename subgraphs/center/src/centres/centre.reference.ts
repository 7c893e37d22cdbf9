import type { CenterContext } from "../context";
import type { Centre } from "./centre.type";

export async function resolveCentreReference(reference: Pick<Centre, "id">, context: CenterContext) {
  return context.loaders.centreById.load(reference.id);
}
