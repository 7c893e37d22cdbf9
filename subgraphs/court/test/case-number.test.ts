import { checkCaseNumber, formatCaseNumber, parseCaseNumber, yearInChina } from "../src/applications/case-number";

describe("case numbers (案号, 法〔2015〕137号)", () => {
  it("formats a basic court's 民特 case with half-width brackets", () => {
    expect(formatCaseNumber({ year: 2026, courtCode: "内0202", typeCode: "民特", sequence: 15 })).toBe("(2026)内0202民特15号");
  });

  it.each([
    ["(2026)内0202民特15号", { year: 2026, courtCode: "内0202", typeCode: "民特", sequence: 15 }],
    ["（2026）内0202民特15号", { year: 2026, courtCode: "内0202", typeCode: "民特", sequence: 15 }],
    ["（２０２６）内０２０２民特１５号", { year: 2026, courtCode: "内0202", typeCode: "民特", sequence: 15 }],
    [" (2026)内0102民特123号 ", { year: 2026, courtCode: "内0102", typeCode: "民特", sequence: 123 }],
    ["(2024)内02民诉前调595号", { year: 2024, courtCode: "内02", typeCode: "民诉前调", sequence: 595 }],
    ["(2026)内民特1号", { year: 2026, courtCode: "内", typeCode: "民特", sequence: 1 }],
  ])("parses %s", (raw, parsed) => {
    expect(parseCaseNumber(raw)).toEqual(parsed);
  });

  it("round-trips: the canonical form of a parsed number is the half-width one", () => {
    const parsed = parseCaseNumber("（2026）内0202民特15号");
    expect(parsed && formatCaseNumber(parsed)).toBe("(2026)内0202民特15号");
  });

  it.each([
    "2026内0202民特15号",
    "(26)内0202民特15号",
    "(2026)蒙0202民特15号",
    "(2026)京0105民特15号",
    "(2026)内020民特15号",
    "(2026)内0202民特号",
    "(2026)内0202民特0号",
    "(2026)内0202民特015号",
    "(2026)内0202民特15",
    "(2026)内020215号",
    "(2026)内0202minte15号",
    "",
  ])("refuses %p", (raw) => {
    expect(parseCaseNumber(raw)).toBeNull();
  });

  it("names the field when a malformed number is checked", () => {
    try {
      checkCaseNumber("(2026)蒙0202民特1号", "caseNumber");
      throw new Error("expected a refusal");
    } catch (error) {
      expect((error as { extensions: Record<string, unknown> }).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "caseNumber" });
    }
  });

  it("takes the year in China Standard Time", () => {
    expect(yearInChina(new Date("2026-12-31T16:30:00Z"))).toBe(2027);
    expect(yearInChina(new Date("2026-12-31T15:59:59Z"))).toBe(2026);
  });
});
