import type { CenterContext } from "../context";
import type { Person } from "./person.type";

export async function resolvePersonReference(reference: Pick<Person, "id">, context: CenterContext) {
  return context.loaders.personById.load(reference.id);
}
