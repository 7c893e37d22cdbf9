import { invalidInput } from "../errors";

/**
 * Inner Mongolia's administrative division codes (GB/T 2260 to the county, GB/T 10114 below):
 * 15 for the region, then 2 digits for a 盟/市, 2 for a 旗/县/区 and 3 for a 苏木/乡/镇/街道.
 */
export const REGION_CODE = "15";

export type DivisionLevel = "REGION" | "CITY" | "COUNTY" | "TOWNSHIP";

const LENGTH_OF: Record<DivisionLevel, number> = { REGION: 2, CITY: 4, COUNTY: 6, TOWNSHIP: 9 };
export const ALL_DIVISION_LEVELS: readonly DivisionLevel[] = ["REGION", "CITY", "COUNTY", "TOWNSHIP"];
const LEVEL_ZH: Record<DivisionLevel, string> = { REGION: "自治区", CITY: "盟市", COUNTY: "旗县区", TOWNSHIP: "苏木乡镇街道" };

/** The level a well-formed code of the region denotes, or null when it is none. */
export function divisionLevelOf(code: string): DivisionLevel | null {
  if (!/^15\d*$/.test(code)) return null;
  return ALL_DIVISION_LEVELS.find((level) => LENGTH_OF[level] === code.length) ?? null;
}

/** Whether `code` is a well-formed division code of the region at one of `levels`. */
export function isDivisionCode(code: string, levels: readonly DivisionLevel[] = ALL_DIVISION_LEVELS): boolean {
  const level = divisionLevelOf(code);
  return level !== null && levels.includes(level);
}

export interface DivisionCodeCheck {
  /** The levels allowed here (all four by default). */
  levels?: readonly DivisionLevel[];
  /** The rule named by a refusal (`GB/T 2260 / GB/T 10114` by default). */
  rule?: string;
}

/**
 * Checks the format of a division code at the allowed levels, refusing it naming the field, the
 * rule and the digits expected. The format only: the division table belongs to the centre.
 */
export function checkDivisionCode(code: string, field: string, check: DivisionCodeCheck = {}): string {
  const levels = check.levels ?? ALL_DIVISION_LEVELS;
  if (isDivisionCode(code, levels)) return code;
  const lengths = levels.map((level) => LENGTH_OF[level]);
  const zhLengths = lengths.join("、");
  const enLengths = lengths.length > 1 ? `${lengths.slice(0, -1).join(", ")} or ${lengths[lengths.length - 1]}` : `${lengths[0]}`;
  const where = levels.length === ALL_DIVISION_LEVELS.length ? "" : `（${levels.map((level) => LEVEL_ZH[level]).join("或")}）`;
  throw invalidInput(field, check.rule ?? "GB/T 2260 / GB/T 10114", {
    zh: `区划代码“${code}”格式不正确：应为以15开头的${zhLengths}位数字${where}`,
    en: `Division code "${code}" is malformed: expected ${enLengths} digits starting with 15`,
  });
}
