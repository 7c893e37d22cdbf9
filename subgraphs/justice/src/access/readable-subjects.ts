import { loadForMatter, subjectKey, type DisputeWithMergedIds } from "@hub/subgraph-kit";
import type { JusticeContext } from "../context";

function rowsOf<R>(lists: (R[] | Error)[]): R[] {
  return lists.flatMap((list) => {
    if (list instanceof Error) throw list;
    return list;
  });
}

/**
 * The dispute's records the caller may read, as event subjects (kit `subjectKey`): its mediation
 * cases in MediationCase scope, through the loader `Dispute.mediationCases` uses, and their
 * sessions and agreements, which belong to the case.
 */
export async function readableSubjects(context: JusticeContext, dispute: DisputeWithMergedIds): Promise<string[]> {
  const cases = await loadForMatter(context.scoped.casesByDispute, dispute, () => 0);
  const ids = cases.map((row) => row.id);
  const [sessions, agreements] = await Promise.all([
    context.loaders.sessionsByCase.loadMany(ids),
    context.loaders.agreementByCase.loadMany(ids),
  ]);
  return [
    ...ids.map((id) => subjectKey("MediationCase", id)),
    ...rowsOf(sessions).map((session) => subjectKey("MediationSession", session.id)),
    ...rowsOf(agreements).map((agreement) => subjectKey("MediationAgreement", agreement.id)),
  ];
}
