import type { CourtContext } from "../context";
import type { ConfirmationApplication } from "./confirmation-application.type";

export async function resolveConfirmationApplicationReference(reference: Pick<ConfirmationApplication, "id">, context: CourtContext) {
  return context.loaders.applicationById.load(reference.id);
}
