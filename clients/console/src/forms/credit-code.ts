// 统一社会信用代码 (GB 32100-2015): 18 characters of the code set without I, O, S, V, Z; check by MOD 31.
const CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeProblem(value: string): string | undefined {
  const code = value.trim().toUpperCase();
  if (code.length !== 18) return `统一社会信用代码应为 18 位，现为 ${code.length} 位（GB 32100）`;
  const digits = [...code].map((c) => CHARS.indexOf(c));
  if (digits.some((d) => d < 0)) return "统一社会信用代码含有无效字符（GB 32100）";
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * (digits[i] ?? 0), 0);
  const check = (31 - (sum % 31)) % 31;
  if (digits[17] !== check) return "统一社会信用代码校验码错误（GB 32100）";
  return undefined;
}
