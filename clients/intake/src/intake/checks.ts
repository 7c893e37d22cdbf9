// Checked as the resident types, in plain Chinese; the graph checks everything again.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

/** 居民身份证号码 (GB 11643-1999): birth date and the ISO 7064 MOD 11-2 check character. */
export function idNumberProblem(value: string): string | undefined {
  const id = value.trim().toUpperCase();
  if (id.length === 0) return "请填写您的居民身份证号码";
  if (id.length !== 18) return `身份证号码应为 18 位，您填了 ${id.length} 位`;
  if (!/^\d{17}[\dX]$/.test(id)) return "身份证号码前 17 位是数字，最后一位是数字或 X";
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day || birth.getTime() > Date.now()) {
    return "身份证号码里的出生日期不对，请核对";
  }
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(id[i]), 0);
  if (CHECK[sum % 11] !== id[17]) return "身份证号码有误（最后一位校验码不符），请对照证件核对";
  return undefined;
}

/** A mobile number (11 digits from 1) or a landline with its area code. */
export function phoneProblem(value: string): string | undefined {
  const phone = value.replace(/[\s-]/g, "");
  if (phone.length === 0) return "请填写能联系到您的电话";
  if (/^1[3-9]\d{9}$/.test(phone) || /^0\d{2,3}\d{7,8}$/.test(phone)) return undefined;
  return "电话格式不对：手机号是 1 开头的 11 位数字，座机请带区号";
}

export function nameProblem(value: string, who: string): string | undefined {
  const name = value.trim();
  if (name.length === 0) return `请填写${who}`;
  if (name.length > 50) return `${who}最多 50 个字`;
  return undefined;
}

export function textProblem(value: string, what: string, min: number, max: number): string | undefined {
  const text = value.trim();
  if (text.length === 0) return `请填写${what}`;
  if (text.length < min) return `${what}请至少写 ${min} 个字，说清楚时间、地点和经过`;
  if (text.length > max) return `${what}最多 ${max} 个字`;
  return undefined;
}

/** 9 digits starting 15: a township (苏木乡镇街道) of Inner Mongolia. */
export function placeProblem(value: string): string | undefined {
  if (value.trim().length === 0) return "请填写纠纷发生地的乡镇（街道）代码";
  if (!/^15\d{7}$/.test(value.trim())) return "乡镇（街道）代码是 15 开头的 9 位数字，可在海报上找到";
  return undefined;
}
