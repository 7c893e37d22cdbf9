import type { CenterContext } from "../context";
import type { Routing } from "./routing.type";

export async function resolveRoutingReference(reference: Pick<Routing, "id">, context: CenterContext) {
  return context.loaders.routingById.load(reference.id);
}
