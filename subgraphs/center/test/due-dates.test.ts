import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError } from "@hub/subgraph-kit";
import { DEFAULT_DEADLINES } from "../src/config/deadlines";
import { dueAt, formatCst } from "../src/config/due-dates";
import { loadDeadlines } from "../src/env";

/** A China Standard Time wall-clock time as an instant. */
const cst = (text: string) => new Date(`${text}+08:00`);

describe("working days (信访工作条例 art 23: 5 working days to object)", () => {
  const fiveWorkingDays = DEFAULT_DEADLINES.respondToRouting;

  it.each([
    ["a Monday", "2026-11-23T10:00", "2026-11-30T23:59:59.999"],
    ["a Wednesday", "2026-11-25T09:00", "2026-12-02T23:59:59.999"],
    ["a Friday", "2026-11-27T16:30", "2026-12-04T23:59:59.999"],
    ["a Saturday", "2026-11-28T11:00", "2026-12-04T23:59:59.999"],
    ["a Sunday", "2026-11-29T11:00", "2026-12-04T23:59:59.999"],
  ])("from %s, the day itself not counted, ends at the close of the fifth weekday after", (_day, from, due) => {
    expect(dueAt(cst(from), fiveWorkingDays)).toEqual(cst(due));
  });

  it("takes the day from China Standard Time, not UTC", () => {
    // 2026-11-27 23:30 UTC is already Saturday 07:30 in Beijing.
    expect(dueAt(new Date("2026-11-27T23:30:00Z"), fiveWorkingDays)).toEqual(cst("2026-12-04T23:59:59.999"));
  });

  it("skips two weekends for ten working days", () => {
    expect(dueAt(cst("2026-11-27T10:00"), { days: 10, workingDays: true })).toEqual(cst("2026-12-11T23:59:59.999"));
  });
});

describe("calendar days (信访工作条例 art 22: route within 15 days)", () => {
  it("counts every day from the day after receipt and ends at the close of the last", () => {
    expect(dueAt(cst("2026-11-27T08:00"), DEFAULT_DEADLINES.routeDispute)).toEqual(cst("2026-12-12T23:59:59.999"));
    expect(dueAt(cst("2026-12-31T23:59"), { days: 1, workingDays: false })).toEqual(cst("2027-01-01T23:59:59.999"));
  });

  it("formats a due date as Beijing wall-clock time", () => {
    expect(formatCst(cst("2026-12-04T23:59:59.999"))).toBe("2026-12-04 23:59");
  });
});

describe("deadline configuration (CENTER_DEADLINES_FILE)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "center-deadlines-"));
  const file = (name: string, content: string) => {
    const full = path.join(dir, name);
    writeFileSync(full, content);
    return full;
  };

  it("uses the statutory defaults, each with its source, when no file is named", () => {
    expect(loadDeadlines(undefined)).toEqual({
      routeDispute: { days: 15, workingDays: false, basis: "信访工作条例 art 22" },
      respondToRouting: { days: 5, workingDays: true, basis: "信访工作条例 art 23" },
    });
  });

  it("takes a shorter local limit with its source and keeps the others", () => {
    const local = file("local.json", JSON.stringify({ routeDispute: { days: 7, basis: "东至县综治中心工作规则" } }));
    expect(loadDeadlines(local)).toEqual({
      routeDispute: { days: 7, workingDays: false, basis: "东至县综治中心工作规则" },
      respondToRouting: DEFAULT_DEADLINES.respondToRouting,
    });
  });

  it.each([
    ["a file that is not JSON", "not json"],
    ["a limit without its source", JSON.stringify({ routeDispute: { days: 7 } })],
    ["a limit of zero days", JSON.stringify({ respondToRouting: { days: 0, basis: "x" } })],
    ["an unknown limit", JSON.stringify({ closeDispute: { days: 60, basis: "信访工作条例 art 34" } })],
  ])("stops the start on %s, naming the variable", (name, content) => {
    const bad = file(`${name.replace(/\W+/g, "-")}.json`, content);
    expect(() => loadDeadlines(bad)).toThrow(ConfigError);
    expect(() => loadDeadlines(bad)).toThrow(/CENTER_DEADLINES_FILE/);
  });

  it("names the variable when the file is missing", () => {
    expect(() => loadDeadlines(path.join(dir, "missing.json"))).toThrow(/CENTER_DEADLINES_FILE: cannot read/);
  });
});
