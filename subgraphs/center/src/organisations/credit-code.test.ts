import { creditCheckCharacter, organisationCodeCheckCharacter, parseCreditCode } from "./credit-code";

describe("unified social credit codes (GB 32100-2015)", () => {
  it.each([
    ["the example printed with the standard's explanations", "91350100M000100Y43"],
    ["a real enterprise of Shenzhen", "914403001922038216"],
    ["a lower-case code with spaces around it", " 91350100m000100y43 "],
  ])("accepts %s", (_case, code) => {
    expect(parseCreditCode(code)).toMatchObject({ value: code.trim().toUpperCase(), registrationAuthority: "9", organisationType: "1" });
  });

  it("splits a code into its parts", () => {
    expect(parseCreditCode("91350100M000100Y43")).toEqual({
      value: "91350100M000100Y43",
      registrationAuthority: "9",
      organisationType: "1",
      divisionCode: "350100",
      organisationCode: "M000100Y4",
    });
  });

  it("computes the check characters with the standard weights", () => {
    expect(creditCheckCharacter("91350100M000100Y4")).toBe("3");
    expect(creditCheckCharacter("91440300192203821")).toBe("6");
    expect(organisationCodeCheckCharacter("M000100Y")).toBe("4");
    expect(organisationCodeCheckCharacter("19220382")).toBe("1");
  });

  it("accepts codes of other authorities and types built to the standard (民政 social group, 机构编制 institution in 包头)", () => {
    for (const prefix of ["51150202", "12150200", "93150202", "N2150202"]) {
      const body = "MJ000012";
      const first17 = `${prefix}${body}${organisationCodeCheckCharacter(body)}`;
      expect(parseCreditCode(first17 + creditCheckCharacter(first17))).toMatchObject({ divisionCode: prefix.slice(2) });
    }
  });

  it.each([
    ["17 characters", "91350100M000100Y4", "FORMAT"],
    ["a letter outside the code set (O)", "91350100M000100YO3", "FORMAT"],
    ["the letter I", "9135010IM000100Y43", "FORMAT"],
    ["an unknown registration authority (B)", "B1350100M000100Y43", "AUTHORITY_TYPE"],
    ["a type the authority does not issue (工商 9, type 9)", "99350100M000100Y43", "AUTHORITY_TYPE"],
    ["a division code with a letter", "913501A0M000100Y43", "DIVISION_CODE"],
    ["a division code starting with 0", "91050100M000100Y43", "DIVISION_CODE"],
    ["a wrong organisation-code check character (GB 11714)", "91350100M000100Y53", "ORGANISATION_CODE"],
    ["a wrong check character", "91350100M000100Y44", "CHECK_CHARACTER"],
    ["two characters swapped", "914403001922038261", "ORGANISATION_CODE"],
    ["a single wrong digit", "914403001922038217", "CHECK_CHARACTER"],
  ])("refuses %s", (_case, code, problem) => {
    expect(parseCreditCode(code)).toBe(problem);
  });
});
