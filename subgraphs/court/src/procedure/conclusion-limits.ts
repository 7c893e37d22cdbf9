import { dueAt, type Deadline } from "@hub/subgraph-kit";
import type { ConclusionExtension as ExtensionRow, ConfirmationApplication as ApplicationRow } from "../../generated/client";
import type { CourtDeadlines } from "../config/deadlines";

/**
 * 民事诉讼法 art 187 (and the 2011 provisions art 6): the conclusion limits run from acceptance
 * (立案), not from filing. Until the court accepts, they are shown from the latest moment it may
 * decide to accept (the 3 days of the 2011 provisions art 4), the furthest they can then end.
 */
export function conclusionRunsFrom(application: ApplicationRow, deadlines: CourtDeadlines): Date {
  if (application.caseNumber && application.acceptanceDecidedAt) return application.acceptanceDecidedAt;
  return dueAt(application.filedAt, deadlines.acceptanceDecision);
}

/** The end of `rule` from `from` with `extraDays` of approved extension added. */
export function extendedDueAt(from: Date, rule: Deadline, extraDays: number): Date {
  if (extraDays === 0) return dueAt(from, rule);
  if (rule.days !== undefined) return dueAt(from, { days: rule.days + extraDays, workingDays: rule.workingDays });
  return dueAt(dueAt(from, rule), { days: extraDays });
}

export function extensionDays(extensions: ExtensionRow[], limit: ExtensionRow["limit"]): number {
  return extensions.filter((extension) => extension.limit === limit).reduce((sum, extension) => sum + extension.days, 0);
}
