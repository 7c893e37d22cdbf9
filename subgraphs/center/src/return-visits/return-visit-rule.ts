import { computeDeadline, dueAt } from "@hub/subgraph-kit";

/**
 * When the return visit is due, and the rule that a case closes only after it. The period is local
 * practice (闭环管理: 受理→分流→化解→督办→回访→反馈), configurable here with its source.
 */
export const RETURN_VISIT = {
  days: 30,
  basis: "回访/反馈 closes the loop 受理→分流→化解→督办→回访→反馈 (DESIGN §3); visit within 30 days of resolution (local practice)",
  closeRule: "结案: a resolved case closes after its return visit, or with a recorded reason why there was none",
} as const;

/** Counted on the holiday calendar like every limit (民法典 art 203: a last day on a rest day moves to the next working day). */
export function returnVisitDueAt(resolvedAt: Date): Date {
  return dueAt(resolvedAt, { days: RETURN_VISIT.days });
}

/** The years the return-visit period touches that the holiday calendar does not cover (counted on weekends alone there). */
export function returnVisitCalendarMissingFor(resolvedAt: Date): number[] {
  return computeDeadline(resolvedAt, { days: RETURN_VISIT.days }).calendarMissingFor;
}
