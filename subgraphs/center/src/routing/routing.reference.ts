import { outOfScope } from "@hub/subgraph-kit";
import type { CenterContext } from "../context";
import type { Routing } from "./routing.type";

export async function resolveRoutingReference(reference: Pick<Routing, "id">, context: CenterContext) {
  const row = await context.scoped.routing.load(reference.id);
  if (!row) throw outOfScope("Routing", reference.id);
  return row;
}
