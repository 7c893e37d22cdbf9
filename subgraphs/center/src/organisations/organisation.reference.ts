import type { CenterContext } from "../context";
import type { Organisation } from "./organisation.type";

export async function resolveOrganisationReference(reference: Pick<Organisation, "id">, context: CenterContext) {
  return context.loaders.organisationById.load(reference.id);
}
