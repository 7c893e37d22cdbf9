import type { CourtContext } from "../context";
import type { Court } from "./court.type";

export async function resolveCourtReference(reference: Pick<Court, "id">, context: CourtContext) {
  return context.loaders.courtById.load(reference.id);
}
