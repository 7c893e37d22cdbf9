import { readFileSync } from "node:fs";
import path from "node:path";

/** A date the State Council's notice makes a holiday (放假) or a weekend make-up working day (调休上班). */
export interface CalendarEntry {
  /** YYYY-MM-DD. */
  date: string;
  kind: "HOLIDAY" | "WORKDAY";
  name: string;
  source: string;
}

/**
 * The public-holiday calendar periods are counted on (民法典 art 203; 民事诉讼法 art 85): the
 * holidays and make-up working days of the years it covers, each year with its notice.
 */
export interface HolidayCalendar {
  /** The years the calendar holds a notice for, ascending. */
  coveredYears: readonly number[];
  /** Each covered year's notice. */
  sources: ReadonlyMap<number, string>;
  /** The entry for a day (days since 1970-01-01), if the notice names it. */
  entryOn(day: number): CalendarEntry | undefined;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a YYYY-MM-DD date, or NaN when it is not a real date. */
function dayOf(date: string): number {
  const match = DATE.exec(date);
  if (!match) return Number.NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = new Date(Date.UTC(year, month - 1, day));
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return Number.NaN;
  return at.getTime() / DAY_MS;
}

/**
 * The calendar in `csv` (header `date,kind,name,source`). Throws naming the line at fault: a
 * malformed date, an unknown kind, a missing source, a date listed twice, or a year whose rows
 * cite more than one notice.
 */
export function parseHolidayCalendar(csv: string, file = "holiday calendar"): HolidayCalendar {
  const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== "");
  if (lines[0]?.trim() !== "date,kind,name,source") throw new Error(`${file}: the first line must be date,kind,name,source`);
  const byDay = new Map<number, CalendarEntry>();
  const sources = new Map<number, string>();
  lines.slice(1).forEach((line, index) => {
    const where = `${file} line ${index + 2}`;
    const [date = "", kind = "", name = "", ...rest] = line.split(",");
    const source = rest.join(",").trim();
    const day = dayOf(date.trim());
    if (Number.isNaN(day)) throw new Error(`${where}: "${date}" is not a date (YYYY-MM-DD)`);
    if (kind !== "HOLIDAY" && kind !== "WORKDAY") throw new Error(`${where}: kind must be HOLIDAY or WORKDAY, not "${kind}"`);
    if (!source) throw new Error(`${where}: name the notice the date comes from`);
    if (byDay.has(day)) throw new Error(`${where}: ${date} is listed twice`);
    const year = Number(date.slice(0, 4));
    const known = sources.get(year);
    if (known !== undefined && known !== source) throw new Error(`${where}: ${year} cites two notices ("${known}" and "${source}")`);
    sources.set(year, source);
    byDay.set(day, { date: date.trim(), kind, name: name.trim(), source });
  });
  return {
    coveredYears: [...sources.keys()].sort((a, b) => a - b),
    sources,
    entryOn: (day) => byDay.get(day),
  };
}

/** Where the calendar is kept: `config/holidays/` of the kit, the same path from `src/` and `dist/`. */
export const HOLIDAY_CALENDAR_FILE = path.resolve(__dirname, "../config/holidays/cn-holidays.csv");

/** The calendar in force, read once at start. */
export const HOLIDAY_CALENDAR: HolidayCalendar = parseHolidayCalendar(readFileSync(HOLIDAY_CALENDAR_FILE, "utf8"), HOLIDAY_CALENDAR_FILE);

/** The calendar year (UTC calendar of the day number, which is the CST date) of a day. */
export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** Saturday or Sunday; day 0 (1970-01-01) was a Thursday. */
export function isWeekend(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
}

/**
 * Whether `day` is a working day: a weekday that is not a public holiday, or a weekend day the
 * notice makes a working day (调休上班). A day of a year the calendar does not cover is judged on
 * weekends alone, and its year is added to `missing`.
 */
export function isWorkingDay(calendar: HolidayCalendar, day: number, missing: Set<number>): boolean {
  const year = yearOf(day);
  if (!calendar.sources.has(year)) {
    missing.add(year);
    return !isWeekend(day);
  }
  const entry = calendar.entryOn(day);
  if (entry) return entry.kind === "WORKDAY";
  return !isWeekend(day);
}
