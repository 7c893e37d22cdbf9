import { loadForMatter, subjectKey, type DisputeWithMergedIds } from "@hub/subgraph-kit";
import type { ProcuratorateContext } from "../context";

/** The dispute's supervision cases the caller may read, as event subjects, through the loader `Dispute.supervisionCases` uses. */
export async function readableSubjects(context: ProcuratorateContext, dispute: DisputeWithMergedIds): Promise<string[]> {
  const cases = await loadForMatter(context.scoped.supervisionCasesByDispute, dispute, () => 0);
  return cases.map((row) => subjectKey("SupervisionCase", row.id));
}
