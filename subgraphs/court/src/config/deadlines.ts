import { z } from "zod";

/**
 * A time limit and where it comes from. Exactly one of `days` or `years` is set. Periods run
 * as the civil procedure law counts them (民事诉讼法 art 85): the day an event happens is not
 * counted, and the period ends at the end of its last day, China Standard Time.
 */
export const deadlineSchema = z
  .object({
    days: z.number().int().positive().optional(),
    years: z.number().int().positive().optional(),
    basis: z.string().trim().min(1),
  })
  .strict()
  .refine((rule) => (rule.days === undefined) !== (rule.years === undefined), { message: "set exactly one of days or years" });
export type Deadline = z.infer<typeof deadlineSchema>;

/** The court's time limits for judicial confirmation, with their legal or local sources. */
export const DEFAULT_DEADLINES = {
  /** The parties apply within 30 days of the agreement taking effect. */
  applicationWindow: { days: 30, basis: "民事诉讼法 art 205; 人民调解法 art 33" },
  /** The court decides whether to accept within 3 days of filing. */
  acceptanceDecision: { days: 3, basis: "最高人民法院关于人民调解协议司法确认程序的若干规定 (2011) art 4" },
  /** Special-procedure cases are concluded within 30 days. */
  conclusion: { days: 30, basis: "民事诉讼法 art 187" },
  /** The practice target for concluding a confirmation. */
  targetConclusion: { days: 15, basis: "practice target of the region's courts" },
  /** A party applies for enforcement of a ruling within 2 years. */
  enforcementApplication: { years: 2, basis: "民事诉讼法 art 250" },
  /** A party objects to a ruling within 15 days of receiving it. */
  partyObjection: { days: 15, basis: "民诉法解释 372" },
} satisfies Record<string, Deadline>;

export type DeadlineName = keyof typeof DEFAULT_DEADLINES;
export type CourtDeadlines = Record<DeadlineName, Deadline>;

/** What an override file may hold: any of the named deadlines, nothing else. */
export const deadlineOverridesSchema = z
  .object(
    Object.fromEntries(Object.keys(DEFAULT_DEADLINES).map((name) => [name, deadlineSchema.optional()])) as Record<
      DeadlineName,
      z.ZodOptional<typeof deadlineSchema>
    >,
  )
  .strict();

export function withOverrides(overrides: Partial<CourtDeadlines>): CourtDeadlines {
  const merged: CourtDeadlines = { ...DEFAULT_DEADLINES };
  for (const [name, rule] of Object.entries(overrides) as [DeadlineName, Deadline | undefined][]) {
    if (rule) merged[name] = rule;
  }
  return merged;
}

const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The end of the period `rule` starting on the day of `from`: the last millisecond of the
 * period's last day, China Standard Time (UTC+8, no daylight saving). A period counted in years
 * that would end on a day the month does not have (29 February) ends on the month's last day.
 */
export function dueAt(from: Date, rule: Deadline): Date {
  const local = new Date(from.getTime() + CST_OFFSET_MS);
  let year = local.getUTCFullYear();
  const month = local.getUTCMonth();
  let day = local.getUTCDate();
  if (rule.years !== undefined) {
    year += rule.years;
    day = Math.min(day, new Date(Date.UTC(year, month + 1, 0)).getUTCDate());
  } else {
    day += rule.days ?? 0;
  }
  return new Date(Date.UTC(year, month, day, 23, 59, 59, 999) - CST_OFFSET_MS);
}

/** The period in words, e.g. { zh: "30日", en: "30 days" }. */
export function periodLabel(rule: Deadline): { zh: string; en: string } {
  return rule.years !== undefined
    ? { zh: `${rule.years}年`, en: `${rule.years} years` }
    : { zh: `${rule.days}日`, en: `${rule.days} days` };
}
