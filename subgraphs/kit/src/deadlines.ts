import { readFileSync } from "node:fs";
import { z } from "zod";
import { ConfigError } from "./env";

const SOURCE_REQUIRED = "name the legal or local source of the limit";

/**
 * A time limit and the legal or local text it comes from: `days` or `years`, exactly one.
 * `workingDays` (with `days` only) counts Monday to Friday; otherwise every calendar day counts.
 * `extension`, when set, is the most a supervisor may add to the limit, with its own source; a
 * limit without one cannot be extended.
 */
export const deadlineSchema = z
  .object({
    days: z.number().int().positive().optional(),
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
    if ((rule.days === undefined) === (rule.years === undefined)) {
      ctx.addIssue({ code: "custom", message: "set exactly one of days or years" });
    }
    if (rule.workingDays !== undefined && rule.days === undefined) {
      ctx.addIssue({ code: "custom", path: ["workingDays"], message: "workingDays applies to a period in days only" });
    }
  });
export type Deadline = z.infer<typeof deadlineSchema>;

/** What `dueAt` and `periodLabel` read of a deadline. */
export type Period = Pick<Deadline, "days" | "years" | "workingDays">;

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

/** Saturday or Sunday; day 0 (1970-01-01) was a Thursday. */
function isWeekend(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
}

/**
 * The end of the period `rule` that runs from the event at `from`, counted as 民事诉讼法 art 85
 * (and 民法典 arts 201-203) count it: the day of the event is not counted, and the period ends at
 * 23:59:59.999 China Standard Time of its last day. A period in years ends on the same date that
 * many years later, or on the month's last day when that month has no such date (29 February;
 * 民法典 art 202). Working days skip Saturdays and Sundays. Public holidays, the weekend days
 * worked in their place and the extension of a period whose last day is a holiday are not modelled.
 */
export function dueAt(from: Date, rule: Period): Date {
  if ((rule.days === undefined) === (rule.years === undefined)) throw new Error("a deadline sets exactly one of days or years");
  let day = cstDay(from);
  if (rule.years !== undefined) {
    const local = new Date(day * DAY_MS);
    const year = local.getUTCFullYear() + rule.years;
    const month = local.getUTCMonth();
    const date = Math.min(local.getUTCDate(), new Date(Date.UTC(year, month + 1, 0)).getUTCDate());
    day = Date.UTC(year, month, date) / DAY_MS;
  } else if (rule.workingDays) {
    for (let counted = 0; counted < (rule.days ?? 0);) {
      day += 1;
      if (!isWeekend(day)) counted += 1;
    }
  } else {
    day += rule.days ?? 0;
  }
  return new Date((day + 1) * DAY_MS - CST_OFFSET_MS - 1);
}

/** The period in words, e.g. { zh: "30日", en: "30 days" }, { zh: "5个工作日", en: "5 working days" }. */
export function periodLabel(rule: Period): { zh: string; en: string } {
  if (rule.years !== undefined) return { zh: `${rule.years}年`, en: `${rule.years} ${rule.years === 1 ? "year" : "years"}` };
  const days = rule.days ?? 0;
  if (rule.workingDays) return { zh: `${days}个工作日`, en: `${days} ${days === 1 ? "working day" : "working days"}` };
  return { zh: `${days}日`, en: `${days} ${days === 1 ? "day" : "days"}` };
}

/** `at` as a China Standard Time wall-clock time, e.g. 2026-12-04 23:59, for messages. */
export function formatCst(at: Date): string {
  return new Date(at.getTime() + CST_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ");
}
