const CHINA_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar date in China (YYYY-MM-DD), as a case file states it. */
export function chinaDate(at: Date): string {
  return CHINA_DATE.format(at);
}

/** How far a clock may run ahead of ours before a recorded time counts as "in the future". */
export const CLOCK_SKEW_MS = 5 * 60_000;
