import type DataLoader from "dataloader";
import { loadForMatter, type DisputeWithMergedIds } from "./merged-disputes";

/**
 * A department's events on a dispute, narrowed to the records the caller may read: an event
 * about a record (a mediation case, an application, a supervision case) is shown only to a caller
 * whose entity scope (SCOPE_RULES) takes in that record, the same rule as the record's root,
 * nested and `_entities` reads. The department lists the records the caller may read, through the
 * scoped loader its nested list uses (so no second query); an event whose subject is not among
 * them, or of a kind the department does not list, is left out.
 */
export function subjectKey(subjectType: string, subjectId: string): string {
  return `${subjectType}:${subjectId.toLowerCase()}`;
}

export function eventsOnSubjects<E extends { subjectType: string; subjectId: string }>(
  events: readonly E[],
  readable: readonly string[],
): E[] {
  const visible = new Set(readable);
  return events.filter((event) => visible.has(subjectKey(event.subjectType, event.subjectId)));
}

/** The events filed under the dispute (and the records merged into it) whose subject is among `readable` keys, in `compare` order. */
export async function visibleEventsOfMatter<E extends { subjectType: string; subjectId: string }>(
  events: DataLoader<string, E[]>,
  dispute: DisputeWithMergedIds,
  compare: (a: E, b: E) => number,
  readable: Promise<readonly string[]>,
): Promise<E[]> {
  const [rows, keys] = await Promise.all([loadForMatter(events, dispute, compare), readable]);
  return eventsOnSubjects(rows, keys);
}
