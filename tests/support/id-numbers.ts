import { randomInt } from "node:crypto";

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

/**
 * A valid resident ID number (GB 11643) that no other test is likely to use: a random birth date
 * between 1950 and 1999 and sequence in `county`, with its check character. Parties with the same
 * number are the same person to the hub (and so to duplicate detection): seed unique ones per test.
 */
export function uniqueIdNumber(county = "150202"): string {
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  const first17 = `${county}${randomInt(1950, 2000)}${pad(randomInt(1, 13), 2)}${pad(randomInt(1, 29), 2)}${pad(randomInt(0, 1000), 3)}`;
  const sum = [...first17].reduce((total, digit, index) => total + Number(digit) * (WEIGHTS[index] ?? 0), 0);
  return first17 + CHECK.charAt(sum % 11);
}
