import { readFileSync } from "node:fs";
import { z } from "zod";
import { ConfigError } from "./env";
import { HOLIDAY_CALENDAR, type HolidayCalendar, isWorkingDay } from "./holiday-calendar";

const SOURCE_REQUIRED = "name the legal or local source of the limit";

/**
 * A time limit and the legal or local text it comes from: `days`, `months` or `years`, exactly one.
 * `workingDays` (with `days` only) counts working days on the holiday calendar; otherwise every
 * calendar day counts.
 * `extension`, when set, is the most a supervisor may add to the limit, with its own source; a
 * limit without one cannot be extended.
 */
export const deadlineSchema = z
  .object({
    days: z.number().int().positive().optional(),
    /** 民法典 art 202: a period in months ends on the corresponding date of the last month. */
    months: z.number().int().positive().optional(),
    years: z.number().int().positive().optional(),
    workingDays: z.boolean().optional(),
    basis: z.string({ error: SOURCE_REQUIRED }).trim().min(1, SOURCE_REQUIRED),
    /** How far a supervisor may extend the limit in all (calendar days), and the text that allows it. */
    extension: z
      .object({
        days: z.number().int().positive(),
        basis: z.string({ error: SOURCE_REQUIRED }).trim().min(1, SOURCE_REQUIRED),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((rule, ctx) => {
    if (unitsSet(rule) !== 1) {
      ctx.addIssue({ code: "custom", message: "set exactly one of days, months or years" });
    }
    if (rule.workingDays !== undefined && rule.days === undefined) {
      ctx.addIssue({ code: "custom", path: ["workingDays"], message: "workingDays applies to a period in days only" });
    }
  });
export type Deadline = z.infer<typeof deadlineSchema>;

/** What `dueAt` and `periodLabel` read of a deadline. */
export type Period = Pick<Deadline, "days" | "months" | "years" | "workingDays">;

function unitsSet(rule: Period): number {
  return [rule.days, rule.months, rule.years].filter((unit) => unit !== undefined).length;
}

export type DeadlineOverridesSchema<Name extends string> = z.ZodObject<Record<Name, z.ZodOptional<typeof deadlineSchema>>, z.core.$strict>;

export interface DeadlineSet<Name extends string> {
  /** The defaults, checked against `deadlineSchema` when defined. */
  defaults: Record<Name, Deadline>;
  /** What an override file may hold: any of the named deadlines, nothing else. */
  overridesSchema: DeadlineOverridesSchema<Name>;
  /** The defaults with `overrides` in place of the ones it names. */
  withOverrides(overrides: Partial<Record<Name, Deadline>>): Record<Name, Deadline>;
  /** The checked overrides in a JSON file; throws an Error whose message names the file and what is wrong in it. */
  readOverrideFile(file: string): Partial<Record<Name, Deadline>>;
  /**
   * The deadlines in force: the defaults, with the overrides in `file` when one is named. A file
   * that cannot be read or does not fit throws a ConfigError naming `variable`, so the start stops.
   */
  fromOverrideFile(file: string | undefined, variable: string): Record<Name, Deadline>;
}

/** The configuration helpers of a department's named time limits, typed by the names of `defaults`. */
export function defineDeadlines<Name extends string>(defaults: Record<Name, Deadline>): DeadlineSet<Name> {
  const names = Object.keys(defaults) as Name[];
  for (const name of names) {
    const checked = deadlineSchema.safeParse(defaults[name]);
    if (!checked.success) throw new Error(`default deadline ${name}: ${describeIssues(checked.error.issues)}`);
  }
  const overridesSchema = z
    .object(
      Object.fromEntries(names.map((name) => [name, deadlineSchema.optional()])) as Record<Name, z.ZodOptional<typeof deadlineSchema>>,
    )
    .strict();

  const withOverrides = (overrides: Partial<Record<Name, Deadline>>): Record<Name, Deadline> => {
    const merged = { ...defaults };
    for (const name of names) {
      const rule = overrides[name];
      if (rule) merged[name] = rule;
    }
    return merged;
  };

  const readOverrideFile = (file: string): Partial<Record<Name, Deadline>> => {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new Error(`cannot read ${file} as JSON: ${(error as Error).message}`, { cause: error });
    }
    const parsed = overridesSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`${file}: ${describeIssues(parsed.error.issues)}`);
    return parsed.data as Partial<Record<Name, Deadline>>;
  };

  return {
    defaults,
    overridesSchema,
    withOverrides,
    readOverrideFile,
    fromOverrideFile(file, variable) {
      if (!file) return withOverrides({});
      try {
        return withOverrides(readOverrideFile(file));
      } catch (error) {
        throw new ConfigError([`${variable}: ${(error as Error).message}`]);
      }
    },
  };
}

function describeIssues(issues: z.core.$ZodIssue[]): string {
  return issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; ");
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** China Standard Time: UTC+8 all year, no daylight saving. */
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Days since 1970-01-01 of the China Standard Time calendar day `at` falls on. */
function cstDay(at: Date): number {
  return Math.floor((at.getTime() + CST_OFFSET_MS) / DAY_MS);
}

/** 23:59:59.999 China Standard Time of a day. */
function endOfDay(day: number): Date {
  return new Date((day + 1) * DAY_MS - CST_OFFSET_MS - 1);
}

/** The day `months` calendar months after `day`, on the corresponding date or the month's last (民法典 art 202). */
function addMonths(day: number, months: number): number {
  const local = new Date(day * DAY_MS);
  const target = local.getUTCMonth() + months;
  const year = local.getUTCFullYear() + Math.floor(target / 12);
  const month = ((target % 12) + 12) % 12;
  const date = Math.min(local.getUTCDate(), new Date(Date.UTC(year, month + 1, 0)).getUTCDate());
  return Date.UTC(year, month, date) / DAY_MS;
}

/** A period's end, and what the holiday calendar could not say about it. */
export interface DeadlineResult {
  /** 23:59:59.999 China Standard Time of the period's last day. */
  dueAt: Date;
  /**
   * The years the period touched that the holiday calendar does not cover, ascending: for those
   * the days were judged on weekends alone, and the answer must say so. Empty when fully known.
   */
  calendarMissingFor: number[];
  /** The end before a last day on a rest day moved it to the next working day (民法典 art 203); null when it did not move. */
  movedFrom: Date | null;
}

/**
 * The end of the period `rule` that runs from the event at `from`, counted as 民事诉讼法 art 85
 * and 民法典 arts 200-204 count it: the day of the event is not counted, and the period ends at
 * 23:59:59.999 China Standard Time of its last day. Months and years end on the corresponding
 * date, or on the month's last day when that month has no such date (31 January + 1 month →
 * 28/29 February; 29 February + 1 year → 28 February; art 202). A period whose last day is a
 * statutory rest day (a weekend or public holiday) ends on the next working day (art 203; CPL
 * art 85), and a make-up working day (调休上班) is a working day. Working days (信访工作条例 art 23)
 * skip weekends and public holidays and count make-up working days. A year the calendar does not
 * cover is judged on weekends alone and named in `calendarMissingFor`.
 */
export function computeDeadline(from: Date, rule: Period, calendar: HolidayCalendar = HOLIDAY_CALENDAR): DeadlineResult {
  if (unitsSet(rule) !== 1) throw new Error("a deadline sets exactly one of days, months or years");
  const missing = new Set<number>();
  let day = cstDay(from);
  if (rule.workingDays && rule.days !== undefined) {
    for (let counted = 0; counted < rule.days;) {
      day += 1;
      if (isWorkingDay(calendar, day, missing)) counted += 1;
    }
    return { dueAt: endOfDay(day), calendarMissingFor: sorted(missing), movedFrom: null };
  }
  if (rule.years !== undefined) day = addMonths(day, rule.years * 12);
  else if (rule.months !== undefined) day = addMonths(day, rule.months);
  else day += rule.days ?? 0;
  const nominal = day;
  while (!isWorkingDay(calendar, day, missing)) day += 1;
  return { dueAt: endOfDay(day), calendarMissingFor: sorted(missing), movedFrom: day === nominal ? null : endOfDay(nominal) };
}

/** `computeDeadline(from, rule).dueAt`: the end of the period on the holiday calendar in force. */
export function dueAt(from: Date, rule: Period): Date {
  return computeDeadline(from, rule).dueAt;
}

function sorted(years: Set<number>): number[] {
  return [...years].sort((a, b) => a - b);
}

/** The years the calendar does not cover, said in words for a message; empty when all are covered. */
export function calendarMissingNote(years: readonly number[]): { zh: string; en: string } | null {
  if (years.length === 0) return null;
  const list = years.join(", ");
  return {
    zh: `节假日安排未收录${years.join("、")}年（国务院通知尚未录入），该年仅按周末计算`,
    en: `the holiday calendar does not cover ${list}: counted on weekends alone`,
  };
}

/** The period in words, e.g. { zh: "30日", en: "30 days" }, { zh: "5个工作日", en: "5 working days" }. */
export function periodLabel(rule: Period): { zh: string; en: string } {
  if (rule.years !== undefined) return { zh: `${rule.years}年`, en: `${rule.years} ${rule.years === 1 ? "year" : "years"}` };
  if (rule.months !== undefined) return { zh: `${rule.months}个月`, en: `${rule.months} ${rule.months === 1 ? "month" : "months"}` };
  const days = rule.days ?? 0;
  if (rule.workingDays) return { zh: `${days}个工作日`, en: `${days} ${days === 1 ? "working day" : "working days"}` };
  return { zh: `${days}日`, en: `${days} ${days === 1 ? "day" : "days"}` };
}

/** `at` as a China Standard Time wall-clock time, e.g. 2026-12-04 23:59, for messages. */
export function formatCst(at: Date): string {
  return new Date(at.getTime() + CST_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ");
}
