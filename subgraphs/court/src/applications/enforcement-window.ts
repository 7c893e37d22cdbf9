import { dueAt, type Period } from "@hub/subgraph-kit";
import type { AgreementTermFacts } from "../mediation/confirmation-facts";

/** A term of the agreement as filed: the last day of its performance period. */
export type TermAsFiled = {
  termId: string;
  position: number;
  /** 履行期限: for a term paid in instalments, the last instalment's deadline */
  performanceDeadline: string;
};

/** When the two years to apply for enforcement of one term end, and what they run from. */
export type EnforcementWindow = {
  termId: string | null;
  position: number | null;
  runsFrom: string;
  deadline: string;
};

export function termsAsFiled(terms: AgreementTermFacts[]): TermAsFiled[] {
  return terms.map((term) => ({ termId: term.id, position: term.position, performanceDeadline: term.deadline }));
}

/** The terms stored with an application, read back from their JSON column. */
export function storedTerms(value: unknown): TermAsFiled[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (!entry || typeof entry !== "object") return [];
    const { termId, position, performanceDeadline } = entry as Record<string, unknown>;
    return typeof termId === "string" && typeof position === "number" && typeof performanceDeadline === "string"
      ? [{ termId, position, performanceDeadline }]
      : [];
  });
}

export function storedWindows(value: unknown): EnforcementWindow[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (!entry || typeof entry !== "object") return [];
    const { termId, position, runsFrom, deadline } = entry as Record<string, unknown>;
    return typeof runsFrom === "string" && typeof deadline === "string"
      ? [
          {
            termId: typeof termId === "string" ? termId : null,
            position: typeof position === "number" ? position : null,
            runsFrom,
            deadline,
          },
        ]
      : [];
  });
}

/**
 * 民事诉讼法 art 250 ¶2: the period to apply for enforcement runs from the last day of the
 * performance period the agreement sets (for instalments, the last instalment's), and from the
 * ruling's taking effect only where the agreement set no period. One window per term; the
 * application's own deadline is the latest of them.
 */
export function enforcementWindows(terms: TermAsFiled[], ruledAt: Date, rule: Period): { windows: EnforcementWindow[]; deadline: Date } {
  const windows: EnforcementWindow[] = terms.length
    ? terms.map((term) => ({
        termId: term.termId,
        position: term.position,
        runsFrom: term.performanceDeadline,
        deadline: dueAt(new Date(term.performanceDeadline), rule).toISOString(),
      }))
    : [{ termId: null, position: null, runsFrom: ruledAt.toISOString(), deadline: dueAt(ruledAt, rule).toISOString() }];
  const deadline = new Date(Math.max(...windows.map((window) => new Date(window.deadline).getTime())));
  return { windows, deadline };
}
