import { checkDivisionCode, divisionLevelOf, isDivisionCode } from "./division-code";
import { characterCount, optionalText, requiredText } from "./bounded-text";

function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return (error as { extensions: Record<string, unknown> }).extensions;
  }
  return undefined;
}

describe("bounded text", () => {
  const what = { zh: "理由", en: "The reason" };

  it("trims, and counts characters as a reader does (an emoji or a rare character is one)", () => {
    expect(requiredText("  调解不成  ", "input.reason", what, 4)).toBe("调解不成");
    expect(characterCount("😀𠀀字")).toBe(3);
    expect(requiredText("😀😀", "input.reason", what, 2)).toBe("😀😀");
  });

  it("refuses blank and overlong text naming the field and the rule, in both languages", () => {
    expect(refusal(() => requiredText(" ", "input.reason", what, 10, "人民调解法 art 26"))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.reason",
      rule: "人民调解法 art 26",
      messageZh: "理由不能为空",
      messageEn: "The reason is required",
    });
    expect(refusal(() => requiredText("字".repeat(11), "input.reason", what, 10))).toMatchObject({
      field: "input.reason",
      rule: "max 10 characters",
      messageZh: "理由不能超过10字",
    });
  });

  it("answers null for absent or blank optional text, and still bounds it", () => {
    expect(optionalText(undefined, "input.note", what, 5)).toBeNull();
    expect(optionalText("   ", "input.note", null, 5)).toBeNull();
    expect(refusal(() => optionalText("123456", "input.note", null, 5))).toMatchObject({
      field: "input.note",
      messageEn: "Exceeds 5 characters",
    });
  });
});

describe("division codes (GB/T 2260, GB/T 10114)", () => {
  it.each([
    ["15", "REGION"],
    ["1502", "CITY"],
    ["150202", "COUNTY"],
    ["150202001", "TOWNSHIP"],
  ])("reads %p as a %s code", (code, level) => {
    expect(divisionLevelOf(code)).toBe(level);
    expect(checkDivisionCode(code, "input.divisionCode")).toBe(code);
  });

  it.each(["1", "150", "15020", "1502020", "15020200", "1502020011", "110105", "1502X2", ""])("refuses %p", (code) => {
    expect(divisionLevelOf(code)).toBeNull();
    expect(refusal(() => checkDivisionCode(code, "input.divisionCode"))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.divisionCode",
      rule: "GB/T 2260 / GB/T 10114",
    });
  });

  it("holds a code to the levels a use allows, naming its own rule", () => {
    const committee = { levels: ["COUNTY", "TOWNSHIP"] as const, rule: "county or township" };
    expect(isDivisionCode("150202", committee.levels)).toBe(true);
    expect(isDivisionCode("1502", committee.levels)).toBe(false);
    expect(refusal(() => checkDivisionCode("1502", "input.divisionCode", committee))).toMatchObject({
      field: "input.divisionCode",
      rule: "county or township",
      messageEn: 'Division code "1502" is malformed: expected 6 or 9 digits starting with 15',
    });
  });
});
