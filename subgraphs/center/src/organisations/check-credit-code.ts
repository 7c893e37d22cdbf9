import { invalidInput } from "@hub/subgraph-kit";
import { parseCreditCode, type CreditCodeProblem } from "./credit-code";

const PROBLEMS: Record<CreditCodeProblem, { zh: string; en: string }> = {
  FORMAT: {
    zh: "应为18位，由数字和除I、O、Z、S、V以外的大写字母组成",
    en: "must be 18 characters: digits and capital letters other than I, O, Z, S, V",
  },
  AUTHORITY_TYPE: { zh: "第1、2位登记管理部门和机构类别代码无效", en: "the registration authority and type (characters 1-2) are invalid" },
  DIVISION_CODE: { zh: "第3至8位登记管理机关行政区划码无效", en: "the division code (characters 3-8) is invalid" },
  ORGANISATION_CODE: {
    zh: "第9至17位组织机构代码无效（GB 11714 校验码不符）",
    en: "the organisation code (characters 9-17) is invalid (GB 11714 check character)",
  },
  CHECK_CHARACTER: { zh: "第18位校验码不符", en: "the check character (character 18) does not match" },
};

/** The code normalised, or BAD_USER_INPUT naming `field` and the part of GB 32100 it breaks. */
export function checkCreditCode(raw: string, field: string): string {
  const parsed = parseCreditCode(raw);
  if (typeof parsed !== "string") return parsed.value;
  const problem = PROBLEMS[parsed];
  throw invalidInput(
    field,
    "GB 32100-2015",
    { zh: `统一社会信用代码无效：${problem.zh}`, en: `Invalid unified social credit code: ${problem.en}` },
    { problem: parsed },
  );
}

/** A party's credit code, checked: only an organisation has one. */
export function checkPartyCreditCode(raw: string | null | undefined, kind: string, field: string): string | null {
  if (raw == null || raw.trim() === "") return null;
  if (kind !== "ORGANISATION") {
    throw invalidInput(field, "GB 32100-2015 applies to organisations", {
      zh: "统一社会信用代码只适用于组织当事人",
      en: "A unified social credit code applies only to an organisation",
    });
  }
  return checkCreditCode(raw, field);
}
