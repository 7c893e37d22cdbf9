import { outOfScope } from "@hub/subgraph-kit";
import type { CourtContext } from "../context";
import type { ConfirmationApplication } from "./confirmation-application.type";

export async function resolveConfirmationApplicationReference(reference: Pick<ConfirmationApplication, "id">, context: CourtContext) {
  const row = await context.scoped.application.load(reference.id);
  if (!row) throw outOfScope("ConfirmationApplication", reference.id);
  return row;
}
