import { checkDivisionCode } from "@hub/subgraph-kit";
import { checkCaseCode } from "../src/courts/court-codes";

function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return (error as { extensions: Record<string, unknown> }).extensions;
  }
  throw new Error("expected a refusal");
}

describe("court codes in case numbers (法〔2015〕137号)", () => {
  it.each([
    ["HIGH", "内"],
    ["INTERMEDIATE", "内02"],
    ["BASIC", "内0202"],
  ] as const)("accepts a %s court's code %s", (level, code) => {
    expect(checkCaseCode(code, level, "input.caseCode")).toBe(code);
  });

  it("trims and reads full-width digits as ASCII", () => {
    expect(checkCaseCode(" 内０２０２ ", "BASIC", "input.caseCode")).toBe("内0202");
  });

  it.each([
    ["HIGH", "内02"],
    ["HIGH", "内蒙"],
    ["INTERMEDIATE", "内"],
    ["INTERMEDIATE", "内0202"],
    ["INTERMEDIATE", "内2"],
    ["BASIC", "内02"],
    ["BASIC", "内02021"],
    ["BASIC", "0202"],
    ["BASIC", "京0202"],
  ] as const)("refuses a %s court with code %s", (level, code) => {
    expect(refusal(() => checkCaseCode(code, level, "input.caseCode"))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.caseCode" });
  });

  it("explains that Inner Mongolia's court code is 内, not 蒙", () => {
    const extensions = refusal(() => checkCaseCode("蒙0202", "BASIC", "input.caseCode"));
    expect(extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.caseCode" });
    expect(extensions.messageZh).toContain("不是“蒙”");
  });
});

describe("division codes", () => {
  it.each(["15", "1502", "150202", "150202001"])("accepts %s", (code) => {
    expect(() => checkDivisionCode(code, "input.divisionCode")).not.toThrow();
  });

  it.each(["1", "150", "15020", "1502020", "15020200", "1502020011", "110105", "1502X2", ""])("refuses %p", (code) => {
    expect(refusal(() => checkDivisionCode(code, "input.divisionCode"))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.divisionCode",
    });
  });
});
