import { SupervisionGrounds } from "../src/supervision-cases/enums";
import { validateOpenInput } from "../src/supervision-cases/open-supervision-case.validation";
import { sourceOfGrounds } from "../src/supervision-cases/supervision-source";

describe("the source of a supervision case (监督规则 art 37)", () => {
  it.each([
    ["STATE_OR_PUBLIC_INTEREST", "OWN_MOTION"],
    ["JUDICIAL_CORRUPTION", "OWN_MOTION"],
    ["FALSE_LITIGATION", "OWN_MOTION"],
    ["MAJOR_SOCIAL_IMPACT", "OWN_MOTION"],
    ["FLAWED_PUBLIC_INTEREST_CASE", "OWN_MOTION"],
    ["FOLLOW_UP_SUPERVISION", "OWN_MOTION"],
    ["PARTY_APPLICATION", "PARTY_APPLICATION"],
  ] as const)("follows from %s: %s", (grounds, source) => {
    expect(sourceOfGrounds(grounds)).toBe(source);
  });

  it("covers every grounds value", () => {
    for (const grounds of Object.values(SupervisionGrounds)) expect(sourceOfGrounds(grounds)).toBeDefined();
  });
});

describe("validating an opening", () => {
  const valid = { disputeId: "5b0c6a52-6f0e-4c37-9d1c-2f7c1f3f2a10", grounds: "FALSE_LITIGATION" as const, summary: "  疑似虚假调解  " };

  it("trims the summary", () => {
    expect(validateOpenInput(valid).summary).toBe("疑似虚假调解");
  });

  it("counts characters, not UTF-16 units, against the 5000 limit", () => {
    // 𠀀 (U+20000) is one character but two UTF-16 units.
    expect(validateOpenInput({ ...valid, summary: "𠀀".repeat(5000) }).summary).toHaveLength(10_000);
    expect(() => validateOpenInput({ ...valid, summary: "𠀀".repeat(5001) })).toThrow(/5000/);
  });
});
