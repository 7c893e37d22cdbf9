/**
 * 统一社会信用代码, GB 32100-2015: 18 characters from the code set 0-9 and A-Z without I, O, Z,
 * S, V. One character for the registration authority, one for the type of organisation under
 * it, six digits of the registering authority's division code (GB/T 2260), the nine-character
 * organisation code (GB 11714, itself check-digited) and a check character: weights 3^(i-1)
 * mod 31, C18 = 31 - (Σ mod 31), 31 giving 0.
 */
const CODE_SET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 11714-1997: body characters are digits and A-Z valued 10-35; weights of the 8-character body. */
const ORGANISATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** 登记管理部门代码 → the 机构类别代码 it may issue (GB 32100-2015 table 1). */
const AUTHORITY_TYPES: Record<string, string> = {
  "1": "1239", // 机构编制: 机关, 事业单位, 中央编办直接管理机构编制的群众团体, 其他
  "2": "19", // 外交
  "3": "123459", // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
  "4": "19", // 文化
  "5": "1239", // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  "6": "129", // 旅游
  "7": "129", // 宗教
  "8": "19", // 工会
  "9": "123", // 工商 (市场监管): 企业, 个体工商户, 农民专业合作社
  A: "19", // 中央军委改革和编制办公室
  N: "1239", // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
  Y: "1", // 其他
};

export type CreditCodeProblem = "FORMAT" | "AUTHORITY_TYPE" | "DIVISION_CODE" | "ORGANISATION_CODE" | "CHECK_CHARACTER";

export interface CreditCode {
  value: string;
  registrationAuthority: string;
  organisationType: string;
  divisionCode: string;
  organisationCode: string;
}

export function creditCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, character, index) => total + CODE_SET.indexOf(character) * (WEIGHTS[index] ?? 0), 0);
  return CODE_SET.charAt((31 - (sum % 31)) % 31);
}

export function organisationCodeCheckCharacter(body8: string): string {
  const sum = [...body8].reduce((total, character, index) => total + parseInt(character, 36) * (ORGANISATION_CODE_WEIGHTS[index] ?? 0), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : String(check % 11);
}

/** Parses a unified social credit code (upper-cased, spaces trimmed), or says which part of GB 32100 it breaks. */
export function parseCreditCode(raw: string): CreditCode | CreditCodeProblem {
  const value = raw.trim().toUpperCase();
  if (value.length !== 18 || [...value].some((character) => !CODE_SET.includes(character))) return "FORMAT";
  const [authority, type] = [value.charAt(0), value.charAt(1)];
  if (!AUTHORITY_TYPES[authority]?.includes(type)) return "AUTHORITY_TYPE";
  const divisionCode = value.slice(2, 8);
  if (!/^[1-9]\d{5}$/.test(divisionCode)) return "DIVISION_CODE";
  const organisationCode = value.slice(8, 17);
  if (
    !/^[0-9A-Z]{8}[0-9X]$/.test(organisationCode) ||
    organisationCodeCheckCharacter(organisationCode.slice(0, 8)) !== organisationCode.charAt(8)
  ) {
    return "ORGANISATION_CODE";
  }
  if (creditCheckCharacter(value.slice(0, 17)) !== value.charAt(17)) return "CHECK_CHARACTER";
  return { value, registrationAuthority: authority, organisationType: type, divisionCode, organisationCode };
}
