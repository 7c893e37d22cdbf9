import { maskPhone, parsePhone, phoneIndexInput } from "./phone";

describe("mainland phone numbers", () => {
  it.each([
    ["13812345678", "13812345678", "MOBILE"],
    ["138 1234 5678", "13812345678", "MOBILE"],
    ["+86 138-1234-5678", "13812345678", "MOBILE"],
    ["0086 19912345678", "19912345678", "MOBILE"],
    ["0471-6591234", "0471-6591234", "LANDLINE"],
    ["(0472) 5123456", "0472-5123456", "LANDLINE"],
    ["010 62751234", "010-62751234", "LANDLINE"],
    ["021-5123 4567", "021-51234567", "LANDLINE"],
  ])("accepts %s as %s", (raw, value, kind) => {
    expect(parsePhone(raw)).toEqual({ value, kind });
  });

  it.each([
    ["ten digits of a mobile", "1381234567", "MOBILE"],
    ["a mobile starting 12", "12812345678", "MOBILE"],
    ["a landline without an area code", "6591234", "FORMAT"],
    ["a local number starting 0", "0471-0591234", "LANDLINE"],
    ["a six-digit local number", "0471-659123", "LANDLINE"],
    ["letters", "138-ABCD-5678", "FORMAT"],
    ["nothing", "", "FORMAT"],
  ])("refuses %s", (_case, raw, problem) => {
    expect(parsePhone(raw)).toBe(problem);
  });

  it("masks all but the prefix or area code and the last four digits", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskPhone("0471-6591234")).toBe("0471-***1234");
    expect(maskPhone("010-62751234")).toBe("010-****1234");
  });

  it("indexes the digits only, so the formats of one number meet", () => {
    expect(phoneIndexInput("0471-6591234")).toBe("phone:04716591234");
  });
});
