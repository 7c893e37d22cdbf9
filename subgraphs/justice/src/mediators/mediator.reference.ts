import type { JusticeContext } from "../context";
import type { Mediator } from "./mediator.type";

export async function resolveMediatorReference(reference: Pick<Mediator, "id">, context: JusticeContext) {
  return context.loaders.mediatorById.load(reference.id);
}
