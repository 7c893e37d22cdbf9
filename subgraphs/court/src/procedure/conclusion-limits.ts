import { computeDeadline, dueAt, type Deadline, type DeadlineResult } from "@hub/subgraph-kit";
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

/** `extendedDueAt` with the years the holiday calendar could not say (民法典 art 203), for `calendarMissingFor`. */
export function extendedDeadline(from: Date, rule: Deadline, extraDays: number): DeadlineResult {
  if (extraDays === 0) return computeDeadline(from, rule);
  if (rule.days !== undefined) return computeDeadline(from, { days: rule.days + extraDays, workingDays: rule.workingDays });
  const base = computeDeadline(from, rule);
  const extended = computeDeadline(base.dueAt, { days: extraDays });
  return { ...extended, calendarMissingFor: mergeYears(base.calendarMissingFor, extended.calendarMissingFor) };
}

/** The uncovered years a conclusion limit touches, with those of the acceptance limit it runs from while not yet accepted. */
export function conclusionCalendarMissing(
  application: ApplicationRow,
  deadlines: CourtDeadlines,
  rule: Deadline,
  extraDays: number,
): number[] {
  const accepted = Boolean(application.caseNumber && application.acceptanceDecidedAt);
  const start = accepted ? [] : computeDeadline(application.filedAt, deadlines.acceptanceDecision).calendarMissingFor;
  return mergeYears(start, extendedDeadline(conclusionRunsFrom(application, deadlines), rule, extraDays).calendarMissingFor);
}

export function mergeYears(...lists: readonly (readonly number[])[]): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}
