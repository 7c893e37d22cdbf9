import { invalidInput } from "@hub/subgraph-kit";

/** Inner Mongolia's division codes: 15, then 2 digits (盟/市), 2 (旗/县/区), 3 (苏木/乡/镇/街道). */
const ANY_LEVEL = /^15(\d{2}(\d{2}(\d{3})?)?)?$/;
/** Where a committee may sit: a county (6 digits) or a township (9 digits). */
const COUNTY_OR_TOWNSHIP = /^15\d{4}(\d{3})?$/;

/**
 * Checks the format only: the division table belongs to the centre, so whether the code
 * exists is not known here.
 */
export function checkCommitteeDivisionCode(code: string, field: string): void {
  if (!COUNTY_OR_TOWNSHIP.test(code)) {
    throw invalidInput(field, "GB/T 2260 / GB/T 10114 county or township code", {
      zh: `区划代码“${code}”格式不正确：人民调解委员会所在地应为以15开头的6位（旗县区）或9位（苏木乡镇街道）代码`,
      en: `Division code "${code}" is malformed: a committee sits at a county (6 digits) or township (9 digits) starting with 15`,
    });
  }
}

/** Checks a code used to search: any level from the region (15) down to a township. */
export function checkSearchDivisionCode(code: string, field: string): void {
  if (!ANY_LEVEL.test(code)) {
    throw invalidInput(field, "GB/T 2260 / GB/T 10114", {
      zh: `区划代码“${code}”格式不正确：应为以15开头的2、4、6或9位数字`,
      en: `Division code "${code}" is malformed: expected 2, 4, 6 or 9 digits starting with 15`,
    });
  }
}
