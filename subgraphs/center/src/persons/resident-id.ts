/**
 * Resident identity numbers, GB 11643-1999: 6-digit address code, 8-digit birth date,
 * 3-digit sequence (odd = male), and a check character by ISO 7064 MOD 11-2.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = "10X98765432";

export type ResidentIdProblem = "FORMAT" | "ADDRESS_CODE" | "BIRTH_DATE" | "CHECK_CHARACTER";

export interface ResidentId {
  value: string;
  addressCode: string;
  birthDate: string;
  gender: "MALE" | "FEMALE";
}

export function checkCharacter(first17: string): string {
  const sum = [...first17].reduce((total, digit, index) => total + Number(digit) * (WEIGHTS[index] ?? 0), 0);
  return CHECK_CHARACTERS.charAt(sum % 11);
}

/** Parses a resident ID number, or says which part of GB 11643 it breaks. */
export function parseResidentId(raw: string, today: Date = new Date()): ResidentId | ResidentIdProblem {
  const value = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return "FORMAT";
  if (!/^[1-9]\d{5}$/.test(value.slice(0, 6))) return "ADDRESS_CODE";
  const [year, month, day] = [value.slice(6, 10), value.slice(10, 12), value.slice(12, 14)].map(Number) as [number, number, number];
  const born = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || born.getUTCMonth() !== month - 1 || born.getUTCDate() !== day || born.getTime() > today.getTime()) return "BIRTH_DATE";
  if (checkCharacter(value.slice(0, 17)) !== value.charAt(17)) return "CHECK_CHARACTER";
  return {
    value,
    addressCode: value.slice(0, 6),
    birthDate: `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`,
    gender: Number(value.charAt(16)) % 2 === 1 ? "MALE" : "FEMALE",
  };
}

/**
 * 150102************: only the address code stays. The sequence and check character are hidden
 * too, because the birth date is shown to roles that may reveal: with the last four characters
 * beside it the number would be whole again (GB 11643 leaves nothing else to guess).
 */
export function maskResidentId(value: string): string {
  return `${value.slice(0, 6)}${"*".repeat(12)}`;
}

/** The ten-year age band ("30-39", "100+") of someone born on `birthDate` (YYYY-MM-DD), on `today`. */
export function ageBand(birthDate: Date, today: Date): string {
  const years = today.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday =
    today.getUTCMonth() < birthDate.getUTCMonth() ||
    (today.getUTCMonth() === birthDate.getUTCMonth() && today.getUTCDate() < birthDate.getUTCDate());
  const age = Math.max(0, years - (beforeBirthday ? 1 : 0));
  const from = Math.floor(age / 10) * 10;
  return from >= 100 ? "100+" : `${from}-${from + 9}`;
}
