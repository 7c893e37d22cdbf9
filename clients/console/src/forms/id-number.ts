// 居民身份证号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence,
// check character by ISO 7064 MOD 11-2. Checked as the clerk types; the graph checks it again.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

/** Why the number is not a valid resident ID number, in Chinese; undefined when it is valid. */
export function idNumberProblem(value: string): string | undefined {
  const id = value.trim().toUpperCase();
  if (id.length !== 18) return `居民身份证号码应为 18 位，现为 ${id.length} 位（GB 11643）`;
  if (!/^\d{17}[\dX]$/.test(id)) return "居民身份证号码前 17 位应为数字，末位为数字或 X（GB 11643）";
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day || birth.getTime() > Date.now()) {
    return "居民身份证号码中的出生日期无效（GB 11643）";
  }
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(id[i]), 0);
  if (CHECK[sum % 11] !== id[17]) return "居民身份证号码校验码错误，请核对（GB 11643，ISO 7064 MOD 11-2）";
  return undefined;
}
