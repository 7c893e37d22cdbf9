import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deadlineSchema, defineDeadlines, dueAt, formatCst, periodLabel } from "./deadlines";
import { ConfigError } from "./env";

/** A China Standard Time wall-clock time as an instant. */
const cst = (text: string) => new Date(`${text}+08:00`);

describe("dueAt: 民事诉讼法 art 85, the day of the event not counted, the period ending at 23:59:59.999 CST of its last day", () => {
  it("counts calendar days from the day after the event", () => {
    expect(dueAt(cst("2026-11-02T10:00"), { days: 3 })).toEqual(cst("2026-11-05T23:59:59.999"));
    expect(dueAt(cst("2026-12-20T12:00"), { days: 15 })).toEqual(cst("2027-01-04T23:59:59.999"));
  });

  it("takes the day of the event in China Standard Time across midnight, whatever the UTC date", () => {
    // 23:59:59.999 on 1 November in Beijing, and one millisecond later, the 2nd (still 1 November in UTC).
    expect(dueAt(new Date("2026-11-01T15:59:59.999Z"), { days: 3 })).toEqual(cst("2026-11-04T23:59:59.999"));
    expect(dueAt(new Date("2026-11-01T16:00:00.000Z"), { days: 3 })).toEqual(cst("2026-11-05T23:59:59.999"));
    expect(dueAt(new Date("2026-11-01T16:30:00Z"), { days: 30 }).toISOString()).toBe("2026-12-02T15:59:59.999Z");
  });

  it("counts years to the same date, or the month's last day when 29 February has no counterpart (民法典 art 202)", () => {
    expect(dueAt(cst("2026-11-02T10:00"), { years: 2 })).toEqual(cst("2028-11-02T23:59:59.999"));
    expect(dueAt(cst("2028-02-29T10:00"), { years: 2 })).toEqual(cst("2030-02-28T23:59:59.999"));
    // 29 February 2032 is a Sunday: the period ends on Monday 1 March (民法典 art 203), a year the calendar lacks.
    expect(dueAt(cst("2028-02-29T10:00"), { years: 4 })).toEqual(cst("2032-03-01T23:59:59.999"));
    expect(dueAt(cst("2027-02-28T10:00"), { years: 1 })).toEqual(cst("2028-02-28T23:59:59.999"));
    // 00:30 on 29 February in Beijing is still the 28th in UTC: the Beijing date counts.
    expect(dueAt(new Date("2028-02-28T16:30:00Z"), { years: 1 })).toEqual(cst("2029-02-28T23:59:59.999"));
    expect(dueAt(new Date("2028-02-28T15:30:00Z"), { years: 1 })).toEqual(cst("2029-02-28T23:59:59.999"));
  });

  it.each([
    ["a Monday", "2026-11-23T10:00", "2026-11-30T23:59:59.999"],
    ["a Wednesday", "2026-11-25T09:00", "2026-12-02T23:59:59.999"],
    ["a Friday", "2026-11-27T16:30", "2026-12-04T23:59:59.999"],
    ["a Saturday", "2026-11-28T11:00", "2026-12-04T23:59:59.999"],
    ["a Sunday", "2026-11-29T11:00", "2026-12-04T23:59:59.999"],
  ])("counts 5 working days from %s over the weekend, ending on the fifth weekday after", (_day, from, due) => {
    expect(dueAt(cst(from), { days: 5, workingDays: true })).toEqual(cst(due));
  });

  it("counts working days on the China Standard Time calendar", () => {
    // Friday 23:30 UTC is already Saturday 07:30 in Beijing.
    expect(dueAt(new Date("2026-11-27T23:30:00Z"), { days: 1, workingDays: true })).toEqual(cst("2026-11-30T23:59:59.999"));
    // Friday 15:30 UTC is Friday 23:30 in Beijing: the Friday is the day of the event.
    expect(dueAt(new Date("2026-11-27T15:30:00Z"), { days: 1, workingDays: true })).toEqual(cst("2026-11-30T23:59:59.999"));
    // Thursday 16:30 UTC is Friday 00:30 in Beijing.
    expect(dueAt(new Date("2026-11-26T16:30:00Z"), { days: 1, workingDays: true })).toEqual(cst("2026-11-30T23:59:59.999"));
    expect(dueAt(new Date("2026-11-26T15:30:00Z"), { days: 1, workingDays: true })).toEqual(cst("2026-11-27T23:59:59.999"));
  });

  it("skips two weekends for ten working days, and treats workingDays: false as calendar days", () => {
    expect(dueAt(cst("2026-11-27T10:00"), { days: 10, workingDays: true })).toEqual(cst("2026-12-11T23:59:59.999"));
    expect(dueAt(cst("2026-11-27T10:00"), { days: 10, workingDays: false })).toEqual(cst("2026-12-07T23:59:59.999"));
  });

  it("refuses a rule with neither or both of days and years", () => {
    expect(() => dueAt(new Date(), {})).toThrow(/exactly one/);
    expect(() => dueAt(new Date(), { days: 1, years: 1 })).toThrow(/exactly one/);
    expect(() => dueAt(new Date(), { months: 1, years: 1 })).toThrow(/exactly one/);
  });
});

describe("periodLabel and formatCst", () => {
  it("names the period in Chinese and English", () => {
    expect(periodLabel({ days: 30 })).toEqual({ zh: "30日", en: "30 days" });
    expect(periodLabel({ days: 5, workingDays: true })).toEqual({ zh: "5个工作日", en: "5 working days" });
    expect(periodLabel({ years: 2 })).toEqual({ zh: "2年", en: "2 years" });
    expect(periodLabel({ days: 1 })).toEqual({ zh: "1日", en: "1 day" });
    expect(periodLabel({ years: 1 })).toEqual({ zh: "1年", en: "1 year" });
    expect(periodLabel({ months: 6 })).toEqual({ zh: "6个月", en: "6 months" });
    expect(periodLabel({ months: 1 })).toEqual({ zh: "1个月", en: "1 month" });
  });

  it("formats an instant as Beijing wall-clock time", () => {
    expect(formatCst(cst("2026-12-04T23:59:59.999"))).toBe("2026-12-04 23:59");
  });
});

describe("deadlineSchema", () => {
  it.each([
    [{ days: 15, basis: "信访工作条例 art 22" }],
    [{ days: 5, workingDays: true, basis: "信访工作条例 art 23" }],
    [{ years: 2, basis: "民事诉讼法 art 250" }],
    [{ months: 6, basis: "民诉法解释 372" }],
  ])("accepts %j", (rule) => {
    expect(deadlineSchema.parse(rule)).toEqual(rule);
  });

  it.each([
    ["neither days nor years", { basis: "x" }, "(root)", /exactly one of days, months or years/],
    ["both days and years", { days: 1, years: 1, basis: "x" }, "(root)", /exactly one of days, months or years/],
    ["both days and months", { days: 1, months: 1, basis: "x" }, "(root)", /exactly one of days, months or years/],
    ["working days counted in months", { months: 1, workingDays: true, basis: "x" }, "workingDays", /days only/],
    ["working days counted in years", { years: 1, workingDays: true, basis: "x" }, "workingDays", /days only/],
    ["zero days", { days: 0, basis: "x" }, "days", /too small/i],
    ["a fraction of a day", { days: 1.5, basis: "x" }, "days", /expected int/],
    ["no source", { days: 1 }, "basis", /source/],
    ["a blank source", { days: 1, basis: "  " }, "basis", /source/],
    ["an unknown field", { days: 1, basis: "x", hours: 2 }, "(root)", /hours/],
  ])("refuses %s", (_case, rule, where, message) => {
    const result = deadlineSchema.safeParse(rule);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(expect.objectContaining({ message: expect.stringMatching(message) }));
    expect(result.error?.issues.map((issue) => issue.path.join(".") || "(root)")).toContain(where);
  });
});

describe("defineDeadlines", () => {
  const DEFAULTS = {
    mediation: { days: 30, basis: "人民调解工作若干规定 art 33" },
    respond: { days: 5, workingDays: true, basis: "信访工作条例 art 23" },
    enforcement: { years: 2, basis: "民事诉讼法 art 250" },
  };
  const set = defineDeadlines(DEFAULTS);
  const dir = mkdtempSync(path.join(tmpdir(), "kit-deadlines-"));
  const file = (content: string) => {
    const target = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(target, content);
    return target;
  };

  it("merges overrides over the defaults, keeping the others", () => {
    const local = { days: 20, basis: "东河区矛盾纠纷调处规则 第12条" };
    expect(set.withOverrides({})).toEqual(DEFAULTS);
    expect(set.withOverrides({ mediation: local })).toEqual({ ...DEFAULTS, mediation: local });
    expect(set.withOverrides({ mediation: undefined })).toEqual(DEFAULTS);
    expect(DEFAULTS.mediation.days).toBe(30);
  });

  it("refuses defaults that do not fit the schema when they are defined", () => {
    expect(() => defineDeadlines({ broken: { days: 1, years: 1, basis: "x" } })).toThrow(/broken.*exactly one/);
  });

  it("reads the overrides of a JSON file", () => {
    const target = file(JSON.stringify({ respond: { days: 3, workingDays: true, basis: "local rule" } }));
    expect(set.readOverrideFile(target)).toEqual({ respond: { days: 3, workingDays: true, basis: "local rule" } });
    expect(set.fromOverrideFile(target, "X_DEADLINES_FILE")).toEqual({
      ...DEFAULTS,
      respond: { days: 3, workingDays: true, basis: "local rule" },
    });
    expect(set.fromOverrideFile(undefined, "X_DEADLINES_FILE")).toEqual(DEFAULTS);
  });

  it.each([
    ["a file that does not exist", () => path.join(dir, "missing.json"), /cannot read .*missing\.json as JSON: ENOENT/],
    ["a file that is not JSON", () => file("mediation: 20"), /cannot read .* as JSON: .*JSON/],
    ["a JSON array", () => file("[]"), /\(root\): .*expected object/],
    ["an unknown name", () => file(JSON.stringify({ arbitration: { days: 10, basis: "x" } })), /\(root\): .*"arbitration"/],
    [
      "a limit without its source",
      () => file(JSON.stringify({ mediation: { days: 20 } })),
      /mediation\.basis: name the legal or local source/,
    ],
    ["a limit of zero days", () => file(JSON.stringify({ mediation: { days: 0, basis: "x" } })), /mediation\.days: /],
    ["both days and years", () => file(JSON.stringify({ enforcement: { days: 1, years: 1, basis: "x" } })), /enforcement: set exactly one/],
    [
      "working days in years",
      () => file(JSON.stringify({ enforcement: { years: 2, workingDays: true, basis: "x" } })),
      /enforcement\.workingDays: .*days only/,
    ],
  ])("refuses %s with a message naming what is wrong, and ConfigError naming the variable", (_case, target, message) => {
    const named = target();
    expect(() => set.readOverrideFile(named)).toThrow(message);
    let error: unknown;
    try {
      set.fromOverrideFile(named, "X_DEADLINES_FILE");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues).toEqual([expect.stringMatching(/^X_DEADLINES_FILE: /)]);
    expect((error as ConfigError).issues[0]).toMatch(message);
  });

  it("names every problem in the file, each with its file", () => {
    const target = file(JSON.stringify({ mediation: { days: 0 }, respond: { years: 1, basis: "x", workingDays: true } }));
    const message = (() => {
      try {
        set.readOverrideFile(target);
      } catch (error) {
        return (error as Error).message;
      }
      return "";
    })();
    expect(message.startsWith(`${target}: `)).toBe(true);
    expect(message).toMatch(/mediation\.days: .*; mediation\.basis: .*; respond\.workingDays: /);
  });
});
