import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError, dueAt } from "@hub/subgraph-kit";
import { DEFAULT_DEADLINES } from "../src/config/deadlines";
import { loadDeadlines } from "../src/env";

/** A China Standard Time wall-clock time as an instant. */
const cst = (text: string) => new Date(`${text}+08:00`);

describe("the centre's time limits, counted by the kit's dueAt", () => {
  it("routes within 15 calendar days of receipt (信访工作条例 art 22), the day of receipt not counted", () => {
    expect(dueAt(cst("2026-11-26T08:00"), DEFAULT_DEADLINES.routeDispute)).toEqual(cst("2026-12-11T23:59:59.999"));
  });

  it("信访工作条例 art 22 with 民法典 art 203: 15 days ending on Saturday 2026-12-12 end on Monday 12-14", () => {
    expect(dueAt(cst("2026-11-27T08:00"), DEFAULT_DEADLINES.routeDispute)).toEqual(cst("2026-12-14T23:59:59.999"));
  });

  it("信访工作条例 art 23: the 5 working days to object run across the 2026 National Day holiday (10-01..07) and count the make-up Saturday 10-10", () => {
    expect(dueAt(cst("2026-09-29T10:00"), DEFAULT_DEADLINES.respondToRouting)).toEqual(cst("2026-10-12T23:59:59.999"));
    expect(dueAt(cst("2026-09-30T10:00"), DEFAULT_DEADLINES.respondToRouting)).toEqual(cst("2026-10-13T23:59:59.999"));
  });

  it("gives 5 working days to object (信访工作条例 art 23), skipping the weekend", () => {
    expect(dueAt(cst("2026-11-27T16:30"), DEFAULT_DEADLINES.respondToRouting)).toEqual(cst("2026-12-04T23:59:59.999"));
    expect(dueAt(cst("2026-11-28T11:00"), DEFAULT_DEADLINES.respondToRouting)).toEqual(cst("2026-12-04T23:59:59.999"));
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
      notifyPetitioner: expect.objectContaining({ days: 15, basis: expect.stringContaining("信访工作条例 art 23") }),
      reviewRequest: expect.objectContaining({ days: 30, basis: expect.stringContaining("信访工作条例 art 35") }),
      reviewAnswer: expect.objectContaining({ days: 30, basis: expect.stringContaining("信访工作条例 art 35") }),
      reExaminationRequest: expect.objectContaining({ days: 30, basis: expect.stringContaining("信访工作条例 art 36") }),
      reExaminationAnswer: expect.objectContaining({ days: 30, basis: expect.stringContaining("信访工作条例 art 36") }),
      respondToRouting: { days: 5, workingDays: true, basis: "信访工作条例 art 23" },
      handleDispute: expect.objectContaining({ days: 30, extension: expect.objectContaining({ days: 30 }) }),
      concludeDispute: expect.objectContaining({
        days: 60,
        basis: "信访工作条例 art 34",
        extension: expect.objectContaining({ days: 30 }),
      }),
    });
  });

  it("takes a shorter local limit with its source and keeps the others", () => {
    const local = file("local.json", JSON.stringify({ routeDispute: { days: 7, basis: "东至县综治中心工作规则" } }));
    expect(loadDeadlines(local)).toEqual({
      routeDispute: { days: 7, basis: "东至县综治中心工作规则" },
      notifyPetitioner: DEFAULT_DEADLINES.notifyPetitioner,
      reviewRequest: DEFAULT_DEADLINES.reviewRequest,
      reviewAnswer: DEFAULT_DEADLINES.reviewAnswer,
      reExaminationRequest: DEFAULT_DEADLINES.reExaminationRequest,
      reExaminationAnswer: DEFAULT_DEADLINES.reExaminationAnswer,
      respondToRouting: DEFAULT_DEADLINES.respondToRouting,
      handleDispute: DEFAULT_DEADLINES.handleDispute,
      concludeDispute: DEFAULT_DEADLINES.concludeDispute,
    });
  });

  it.each([
    ["a file that is not JSON", "not json"],
    ["a limit without its source", JSON.stringify({ routeDispute: { days: 7 } })],
    ["a limit of zero days", JSON.stringify({ respondToRouting: { days: 0, basis: "x" } })],
    ["an extension without its source", JSON.stringify({ concludeDispute: { days: 60, basis: "x", extension: { days: 30 } } })],
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
