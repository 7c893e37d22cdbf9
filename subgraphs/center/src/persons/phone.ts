/**
 * Mainland phone numbers: mobile (11 digits, 1[3-9]…) or landline (area code 0 + 2 or 3 digits:
 * 010 and 02x have three, the rest four; a local number of 7 or 8 digits not starting with 0 or
 * 1). Spaces, hyphens, parentheses and a +86 / 0086 prefix are allowed on input.
 */
export type PhoneProblem = "FORMAT" | "MOBILE" | "LANDLINE";

export interface Phone {
  /** Canonical form: 13812345678 or 0471-6591234 */
  value: string;
  kind: "MOBILE" | "LANDLINE";
}

export function parsePhone(raw: string): Phone | PhoneProblem {
  let digits = raw.trim().replace(/[\s\-()（）]/g, "");
  if (!/^\+?\d+$/.test(digits)) return "FORMAT";
  digits = digits.replace(/^(\+86|0086)/, "");
  if (digits.startsWith("1")) return /^1[3-9]\d{9}$/.test(digits) ? { value: digits, kind: "MOBILE" } : "MOBILE";
  if (!digits.startsWith("0")) return "FORMAT";
  const areaLength = /^0[12]/.test(digits) ? 3 : 4;
  const [area, local] = [digits.slice(0, areaLength), digits.slice(areaLength)];
  if (!/^0[1-9]\d{1,2}$/.test(area) || !/^[2-9]\d{6,7}$/.test(local)) return "LANDLINE";
  return { value: `${area}-${local}`, kind: "LANDLINE" };
}

/** 138****5678; 0471-***1234: the area code (or the mobile prefix) and the last four digits stay. */
export function maskPhone(value: string): string {
  const separator = value.indexOf("-");
  if (separator < 0) return `${value.slice(0, 3)}****${value.slice(-4)}`;
  const local = value.slice(separator + 1);
  return `${value.slice(0, separator + 1)}${"*".repeat(local.length - 4)}${local.slice(-4)}`;
}

/** What the blind index is computed over: digits only, tagged so it never equals another field's index. */
export function phoneIndexInput(value: string): string {
  return `phone:${value.replace(/\D/g, "")}`;
}
