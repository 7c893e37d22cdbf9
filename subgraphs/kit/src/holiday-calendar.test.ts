import { readFileSync } from "node:fs";
import path from "node:path";
import { computeDeadline, calendarMissingNote, dueAt } from "./deadlines";
import { HOLIDAY_CALENDAR, HOLIDAY_CALENDAR_FILE, parseHolidayCalendar } from "./holiday-calendar";

/** A China Standard Time wall-clock time as an instant. */
const cst = (text: string) => new Date(`${text}+08:00`);
const end = (date: string) => cst(`${date}T23:59:59.999`);

describe("the holiday calendar in configuration (国务院办公厅 节假日安排通知)", () => {
  it("covers 2025 and 2026, each year with its State Council notice as the source", () => {
    expect(HOLIDAY_CALENDAR.coveredYears).toEqual([2025, 2026]);
    expect(HOLIDAY_CALENDAR.sources.get(2025)).toMatch(/国办发明电〔2024〕12号/);
    expect(HOLIDAY_CALENDAR.sources.get(2026)).toMatch(/国务院办公厅关于2026年部分节假日安排的通知/);
  });

  it("names every covered year and its notice in the calendar's README", () => {
    const readme = readFileSync(path.join(path.dirname(HOLIDAY_CALENDAR_FILE), "README.md"), "utf8");
    for (const year of HOLIDAY_CALENDAR.coveredYears) {
      expect(readme).toContain(`| ${year} | ${HOLIDAY_CALENDAR.sources.get(year)} |`);
    }
  });

  it.each([
    ["a header that is not date,kind,name,source", "day,kind\n", /first line/],
    ["a date that does not exist", "date,kind,name,source\n2026-02-30,HOLIDAY,x,notice\n", /line 2: "2026-02-30" is not a date/],
    ["an unknown kind", "date,kind,name,source\n2026-10-01,REST,x,notice\n", /line 2: kind must be HOLIDAY or WORKDAY/],
    ["a row without its notice", "date,kind,name,source\n2026-10-01,HOLIDAY,国庆节,\n", /line 2: name the notice/],
    [
      "a date listed twice",
      "date,kind,name,source\n2026-10-01,HOLIDAY,a,n\n2026-10-01,HOLIDAY,a,n\n",
      /line 3: 2026-10-01 is listed twice/,
    ],
    [
      "a year citing two notices",
      "date,kind,name,source\n2026-10-01,HOLIDAY,a,n1\n2026-10-02,HOLIDAY,a,n2\n",
      /line 3: 2026 cites two notices/,
    ],
  ])("refuses %s, naming the line", (_case, csv, message) => {
    expect(() => parseHolidayCalendar(csv, "test.csv")).toThrow(message);
  });
});

describe("民法典 art 203 / 民事诉讼法 art 85: a period whose last day is a rest day ends on the next working day", () => {
  it("民事诉讼法 art 205: an agreement effective Friday 2026-11-06 may be confirmed on Monday 2026-12-07 (the 30 days end Sunday 2026-12-06)", () => {
    const window = computeDeadline(cst("2026-11-06T15:00"), { days: 30 });
    expect(window.dueAt).toEqual(end("2026-12-07"));
    expect(window.movedFrom).toEqual(end("2026-12-06"));
    expect(window.calendarMissingFor).toEqual([]);
    expect(cst("2026-12-07T10:00").getTime()).toBeLessThanOrEqual(window.dueAt.getTime());
  });

  it("民事诉讼法 art 205: the same application on Tuesday 2026-12-08 is out of time", () => {
    expect(cst("2026-12-08T09:00").getTime()).toBeGreaterThan(dueAt(cst("2026-11-06T15:00"), { days: 30 }).getTime());
  });

  it("民法典 art 203: a last day in the National Day holiday moves past the whole holiday (2026-10-01..07 → Thursday 10-08)", () => {
    expect(computeDeadline(cst("2026-09-16T10:00"), { days: 15 })).toEqual({
      dueAt: end("2026-10-08"),
      movedFrom: end("2026-10-01"),
      calendarMissingFor: [],
    });
  });

  it("民法典 art 203: a make-up working day is a working day, so a period ending on Saturday 2026-10-10 does not move", () => {
    expect(computeDeadline(cst("2026-09-25T10:00"), { days: 15 })).toEqual({
      dueAt: end("2026-10-10"),
      movedFrom: null,
      calendarMissingFor: [],
    });
  });

  it("民法典 art 203: a last day on a plain weekday stays where it is", () => {
    expect(computeDeadline(cst("2026-11-02T10:00"), { days: 3 })).toEqual({
      dueAt: end("2026-11-05"),
      movedFrom: null,
      calendarMissingFor: [],
    });
  });

  it("民法典 art 203: a period in years ending on a public holiday moves too (2024-10-01 + 2 years → 2026-10-08)", () => {
    expect(dueAt(cst("2024-10-01T10:00"), { years: 2 })).toEqual(end("2026-10-08"));
  });
});

describe("信访工作条例 art 23: five working days skip public holidays and count make-up working days", () => {
  it("a routing on Tuesday 2026-09-29 must be answered by Monday 2026-10-12: 09-30, the make-up Saturday 10-10, then 10-12 (the holiday 10-01..07 and the weekend skipped)", () => {
    // Working days after 09-29: 09-30 (1), [10-01..10-07 holiday], 10-08 (2), 10-09 (3), 10-10 make-up Saturday (4), [10-11 Sunday], 10-12 (5).
    expect(computeDeadline(cst("2026-09-29T10:00"), { days: 5, workingDays: true })).toEqual({
      dueAt: end("2026-10-12"),
      movedFrom: null,
      calendarMissingFor: [],
    });
  });

  it("the make-up Sunday 2026-09-20 counts: a routing on Friday 09-18 is due on Thursday 09-24", () => {
    expect(dueAt(cst("2026-09-18T10:00"), { days: 5, workingDays: true })).toEqual(end("2026-09-24"));
  });

  it("without the calendar the same routing would wrongly fall due on 2026-10-06, in the holiday", () => {
    const weekendsOnly = parseHolidayCalendar("date,kind,name,source\n2026-01-01,HOLIDAY,元旦,n\n");
    expect(computeDeadline(cst("2026-09-29T10:00"), { days: 5, workingDays: true }, weekendsOnly).dueAt).toEqual(end("2026-10-06"));
  });
});

describe("a year the calendar does not cover: counted on weekends alone, and the answer says so", () => {
  it("names 2027 for a period that ends in it", () => {
    const result = computeDeadline(cst("2026-12-20T12:00"), { days: 15 });
    expect(result.dueAt).toEqual(end("2027-01-04"));
    expect(result.calendarMissingFor).toEqual([2027]);
    expect(calendarMissingNote(result.calendarMissingFor)).toEqual({
      zh: "节假日安排未收录2027年（国务院通知尚未录入），该年仅按周末计算",
      en: "the holiday calendar does not cover 2027: counted on weekends alone",
    });
  });

  it("names 2027 for working days counted into it, and moves a Saturday end to Monday on weekends alone", () => {
    expect(computeDeadline(cst("2026-12-30T10:00"), { days: 5, workingDays: true })).toEqual({
      dueAt: end("2027-01-06"),
      movedFrom: null,
      calendarMissingFor: [2027],
    });
    expect(computeDeadline(cst("2027-01-01T10:00"), { days: 1 })).toEqual({
      dueAt: end("2027-01-04"),
      movedFrom: end("2027-01-02"),
      calendarMissingFor: [2027],
    });
  });

  it("says nothing is missing for a period wholly within the covered years", () => {
    expect(computeDeadline(cst("2026-12-01T10:00"), { days: 15 }).calendarMissingFor).toEqual([]);
    expect(calendarMissingNote([])).toBeNull();
  });
});

describe("民法典 art 202: months end on the corresponding date, or the month's last day", () => {
  it.each([
    ["2026-01-31", 1, "2026-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2026-03-31", 1, "2026-04-30"],
    ["2026-06-15", 6, "2026-12-15"],
    ["2026-08-31", 6, "2027-03-01"],
  ])("%s + %i month(s) → %s", (from, months, due) => {
    expect(dueAt(cst(`${from}T10:00`), { months })).toEqual(end(due));
  });

  it("民法典 art 202: a month is not 30 days (2026-07-01 + 1 month ends on 08-03, Monday after the corresponding Saturday 08-01)", () => {
    expect(computeDeadline(cst("2026-07-01T10:00"), { months: 1 })).toEqual({
      dueAt: end("2026-08-03"),
      movedFrom: end("2026-08-01"),
      calendarMissingFor: [],
    });
    expect(dueAt(cst("2026-07-01T10:00"), { days: 30 })).toEqual(end("2026-07-31"));
  });
});
