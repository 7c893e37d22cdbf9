import { loadForMatter, subjectKey, type DisputeWithMergedIds } from "@hub/subgraph-kit";
import type { CourtContext } from "../context";

/** The dispute's applications the caller may read, as event subjects, through the loader `Dispute.confirmationApplications` uses. */
export async function readableSubjects(context: CourtContext, dispute: DisputeWithMergedIds): Promise<string[]> {
  const applications = await loadForMatter(context.scoped.applicationsByDispute, dispute, () => 0);
  return applications.map((row) => subjectKey("ConfirmationApplication", row.id));
}
