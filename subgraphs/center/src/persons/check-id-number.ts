import { invalidInput } from "@hub/subgraph-kit";
import { parseResidentId, type ResidentIdProblem } from "./resident-id";

const ID_PROBLEMS: Record<ResidentIdProblem, { zh: string; en: string }> = {
  FORMAT: { zh: "应为18位，前17位为数字，末位为数字或X", en: "must be 18 characters: 17 digits and a digit or X" },
  ADDRESS_CODE: { zh: "前6位地址码无效", en: "the 6-digit address code is invalid" },
  BIRTH_DATE: { zh: "第7至14位出生日期无效", en: "the birth date (characters 7-14) is not a real past date" },
  CHECK_CHARACTER: { zh: "校验码不符（ISO 7064 MOD 11-2）", en: "the check character does not match (ISO 7064 MOD 11-2)" },
};

/** The number normalised, or BAD_USER_INPUT naming `field` and the part of GB 11643 it breaks. */
export function checkIdNumber(raw: string, kind: string, field: string, now: Date): string {
  if (kind !== "PERSON") {
    throw invalidInput(field, "GB 11643 applies to natural persons", {
      zh: "居民身份证号码只适用于自然人当事人",
      en: "A resident ID number applies only to a natural person",
    });
  }
  const parsed = parseResidentId(raw, now);
  if (typeof parsed === "string") {
    const problem = ID_PROBLEMS[parsed];
    throw invalidInput(
      field,
      "GB 11643",
      { zh: `居民身份证号码无效：${problem.zh}`, en: `Invalid resident ID number: ${problem.en}` },
      { problem: parsed },
    );
  }
  return parsed.value;
}
