import type { Deadline } from "./deadlines";

const DAY_MS = 24 * 60 * 60 * 1000;
/** China Standard Time: UTC+8 all year. */
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Days since 1970-01-01 of the China Standard Time calendar day `at` falls on. */
function localDay(at: Date): number {
  return Math.floor((at.getTime() + CST_OFFSET_MS) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWorkingDay(day: number): boolean {
  const wd = weekday(day);
  return wd !== 0 && wd !== 6;
}

/**
 * The end of the period `rule` starting at `from`: the day of `from` is not counted and the
 * period ends at the last millisecond of its last day, China Standard Time (民法典 arts 201,
 * 203). Working days skip Saturdays and Sundays; public holidays and the weekend days worked in
 * their place are not modelled.
 */
export function dueAt(from: Date, rule: Pick<Deadline, "days" | "workingDays">): Date {
  let day = localDay(from);
  if (rule.workingDays) {
    for (let counted = 0; counted < rule.days;) {
      day += 1;
      if (isWorkingDay(day)) counted += 1;
    }
  } else {
    day += rule.days;
  }
  return new Date((day + 1) * DAY_MS - CST_OFFSET_MS - 1);
}

/** `at` as a China Standard Time wall-clock time, e.g. 2026-12-04 23:59, for messages. */
export function formatCst(at: Date): string {
  return new Date(at.getTime() + CST_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ");
}
