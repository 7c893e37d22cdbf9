import { ageBand, checkCharacter, maskResidentId, parseResidentId } from "./resident-id";

describe("resident ID numbers (GB 11643, ISO 7064 MOD 11-2)", () => {
  it("accepts the standard's own example and derives birth date and gender", () => {
    expect(parseResidentId("11010519491231002X")).toEqual({
      value: "11010519491231002X",
      addressCode: "110105",
      birthDate: "1949-12-31",
      gender: "FEMALE",
    });
    expect(checkCharacter("11010519491231002")).toBe("X");
  });

  it("accepts a lower-case x and surrounding spaces", () => {
    expect(parseResidentId(" 11010519491231002x ")).toMatchObject({ value: "11010519491231002X" });
  });

  it.each([
    ["a wrong check character", "110105194912310021", "CHECK_CHARACTER"],
    ["17 digits", "11010519491231002", "FORMAT"],
    ["letters inside", "1101051949123100AX", "FORMAT"],
    ["an impossible date", "110105194902300027", "BIRTH_DATE"],
    ["a birth date in the future", "110105209901010011", "BIRTH_DATE"],
    ["an address code starting with 0", "010105194912310020", "ADDRESS_CODE"],
  ])("refuses %s", (_case, value, problem) => {
    expect(parseResidentId(value, new Date("2026-11-27T00:00:00Z"))).toBe(problem);
  });

  it("an odd sequence digit means male", () => {
    const first17 = "15010219900307001";
    expect(parseResidentId(first17 + checkCharacter(first17))).toMatchObject({ gender: "MALE", birthDate: "1990-03-07" });
  });

  it("masks all but the region and the last four characters", () => {
    expect(maskResidentId("150102199003070012")).toBe("150102************");
  });
});

describe("ageBand", () => {
  const today = new Date(Date.UTC(2026, 11, 4));
  it("counts a birthday not yet reached this year as the year before", () => {
    expect(ageBand(new Date(Date.UTC(1996, 11, 5)), today)).toBe("20-29");
    expect(ageBand(new Date(Date.UTC(1996, 11, 4)), today)).toBe("30-39");
  });
  it("tops out at 100+", () => {
    expect(ageBand(new Date(Date.UTC(1920, 0, 1)), today)).toBe("100+");
    expect(ageBand(new Date(Date.UTC(2026, 0, 1)), today)).toBe("0-9");
  });
});
