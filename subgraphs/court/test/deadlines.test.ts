import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError, dueAt } from "@hub/subgraph-kit";
import { DEFAULT_DEADLINES } from "../src/config/deadlines";
import { loadCourtEnv } from "../src/env";

const BASE_ENV = { DATABASE_URL: "postgresql://hub@localhost/court", HUB_GATEWAY_SECRET: "x".repeat(32) };

function file(content: string): string {
  const target = path.join(mkdtempSync(path.join(tmpdir(), "court-deadlines-")), "deadlines.json");
  writeFileSync(target, content);
  return target;
}

describe("the court's time limits, counted by the kit's dueAt (民事诉讼法 art 85)", () => {
  it("ends the 3 days to decide on acceptance at 23:59:59.999 China Standard Time of the third day after filing", () => {
    // 2026-11-02 10:00 CST
    expect(dueAt(new Date("2026-11-02T02:00:00Z"), DEFAULT_DEADLINES.acceptanceDecision).toISOString()).toBe("2026-11-05T15:59:59.999Z");
  });

  it("ends the 2 years to apply for enforcement on the same date, or 28 February for a ruling of 29 February", () => {
    expect(dueAt(new Date("2026-11-02T02:00:00Z"), DEFAULT_DEADLINES.enforcementApplication).toISOString()).toBe(
      "2028-11-02T15:59:59.999Z",
    );
    expect(dueAt(new Date("2028-02-29T02:00:00Z"), DEFAULT_DEADLINES.enforcementApplication).toISOString()).toBe(
      "2030-02-28T15:59:59.999Z",
    );
  });

  it("keeps the legal sources with the defaults", () => {
    expect(DEFAULT_DEADLINES.conclusion).toMatchObject({ days: 30, basis: "民事诉讼法 art 187" });
    expect(DEFAULT_DEADLINES.conclusion.extension.basis).toContain("院长批准");
    expect(DEFAULT_DEADLINES.acceptanceDecision.days).toBe(3);
    // 2011 provisions art 6: 15 days from acceptance, +10 with the president's approval
    expect(DEFAULT_DEADLINES.targetConclusion).toMatchObject({ days: 15, extension: { days: 10 } });
    expect(DEFAULT_DEADLINES.targetConclusion.basis).toContain("(2011) art 6");
    expect(DEFAULT_DEADLINES.applicationWindow.days).toBe(30);
    expect(DEFAULT_DEADLINES.enforcementApplication).toEqual({ years: 2, basis: "民事诉讼法 art 250" });
    expect(DEFAULT_DEADLINES.partyObjection).toEqual({ days: 15, basis: "民诉法解释 372" });
  });
});

describe("COURT_DEADLINES_FILE", () => {
  it("uses the defaults when unset", () => {
    expect(loadCourtEnv(BASE_ENV).deadlines).toEqual(DEFAULT_DEADLINES);
  });

  it("overrides the limits the file names and keeps the others", () => {
    const env = loadCourtEnv({
      ...BASE_ENV,
      COURT_DEADLINES_FILE: file(JSON.stringify({ targetConclusion: { days: 10, basis: "包头市中院 2026 规定" } })),
    });
    expect(env.deadlines.targetConclusion).toEqual({ days: 10, basis: "包头市中院 2026 规定" });
    expect(env.deadlines.conclusion).toEqual(DEFAULT_DEADLINES.conclusion);
  });

  it.each([
    ["not JSON", "{"],
    ["an unknown limit", JSON.stringify({ lunchBreak: { days: 1, basis: "x" } })],
    ["a limit without a source", JSON.stringify({ conclusion: { days: 30 } })],
    ["a negative period", JSON.stringify({ conclusion: { days: -1, basis: "x" } })],
    ["both days and years", JSON.stringify({ conclusion: { days: 1, years: 1, basis: "x" } })],
  ])("stops the start on %s, naming the variable", (_case, content) => {
    expect(() => loadCourtEnv({ ...BASE_ENV, COURT_DEADLINES_FILE: file(content) })).toThrow(ConfigError);
    expect(() => loadCourtEnv({ ...BASE_ENV, COURT_DEADLINES_FILE: file(content) })).toThrow(/COURT_DEADLINES_FILE/);
  });

  it("stops the start when the file is missing", () => {
    expect(() => loadCourtEnv({ ...BASE_ENV, COURT_DEADLINES_FILE: "/nonexistent/deadlines.json" })).toThrow(/COURT_DEADLINES_FILE/);
  });
});
