import { invalidInput } from "@hub/subgraph-kit";
import type { CourtLevel } from "./court-level";

/** Court codes in case numbers follow 关于人民法院案件案号的若干规定 (法〔2015〕137号). */
export const CASE_CODE_RULE = "案号规定 法〔2015〕137号";

/** Inner Mongolia's court code is 内; 蒙 is the vehicle-plate abbreviation, not the courts'. */
export const REGION_COURT_CODE = "内";

const CASE_CODE_FORMAT: Record<CourtLevel, { pattern: RegExp; zh: string; en: string }> = {
  HIGH: { pattern: /^内$/, zh: "高级人民法院的法院代字为“内”，不带数字", en: 'a high court\'s code is "内" with no digits' },
  INTERMEDIATE: {
    pattern: /^内\d{2}$/,
    zh: "中级人民法院的法院代字为“内”加2位数字，如内02",
    en: 'an intermediate court\'s code is "内" and 2 digits, e.g. 内02',
  },
  BASIC: {
    pattern: /^内\d{4}$/,
    zh: "基层人民法院的法院代字为“内”加4位数字，如内0202",
    en: 'a basic court\'s code is "内" and 4 digits, e.g. 内0202',
  },
};

/** Trims and turns full-width digits into ASCII ones, then checks the code against the court's level. */
export function checkCaseCode(raw: string, level: CourtLevel, field: string): string {
  const code = raw.normalize("NFKC").trim();
  if (code.startsWith("蒙")) {
    throw invalidInput(field, CASE_CODE_RULE, {
      zh: `法院代字“${code}”有误：内蒙古法院的代字为“内”，不是“蒙”`,
      en: `Court code "${code}" is wrong: Inner Mongolia's court code is 内, not 蒙`,
    });
  }
  const format = CASE_CODE_FORMAT[level];
  if (!format.pattern.test(code)) {
    throw invalidInput(field, CASE_CODE_RULE, {
      zh: `法院代字“${code}”与法院级别不符：${format.zh}`,
      en: `Court code "${code}" does not fit the court's level: ${format.en}`,
    });
  }
  return code;
}
