import { divisionLevelOf } from "@hub/subgraph-kit";

/** Inner Mongolia's division codes: 15, then 2 digits (盟/市), 2 (旗/县/区), 3 (苏木/乡/镇/街道). */
export const REGION_CODE = "15";

export const DivisionLevel = { REGION: 1, CITY: 2, COUNTY: 3, TOWNSHIP: 4 } as const;

/** The level a well-formed code denotes, or null when it is not a division code of the region. */
export function levelOfCode(code: string): number | null {
  const level = divisionLevelOf(code);
  return level === null ? null : DivisionLevel[level];
}

/** The codes from the region down to `code`, inclusive: 15, 1502, 150202, 150202001. */
export function pathCodes(code: string): string[] {
  return [2, 4, 6, 9].filter((length) => length <= code.length).map((length) => code.slice(0, length));
}

/** The county-level (6-digit) prefix of a county or township code. */
export function countyOf(code: string): string {
  return code.slice(0, 6);
}
