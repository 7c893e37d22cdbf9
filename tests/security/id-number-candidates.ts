/**
 * What an ID number (GB 11643) looks like to someone who sees only masked forms, a birth date, an
 * age band and a gender: every 18-character number consistent with all of them. A number is
 * "rebuilt" when exactly one candidate is left.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";
const DAY = 86_400_000;

export interface IdClues {
  /** Characters the masked forms show, by position (0-17). */
  known: Map<number, string>;
  /** Birth date shown in full (YYYY-MM-DD). */
  birthDate: string | null;
  /** Earliest and latest birth dates an age band allows (YYYY-MM-DD). */
  bornBetween: [string, string] | null;
  /** 1 male (odd sequence digit), 0 female. */
  parity: 0 | 1 | null;
}

export function emptyClues(): IdClues {
  return { known: new Map(), birthDate: null, bornBetween: null, parity: null };
}

/** Adds what one masked string (`*` hides a character) shows. */
export function addMasked(clues: IdClues, masked: string): void {
  [...masked].forEach((char, index) => {
    if (char !== "*") clues.known.set(index, char);
  });
}

/** Birth dates an age band "30-39" (or "90+") allows on `today`, one day of slack on each side. */
export function datesOfAgeBand(band: string, today: Date): [string, string] {
  const match = /^(\d+)(?:-(\d+)|\+)$/.exec(band);
  if (!match) throw new Error(`unreadable age band ${band}`);
  const youngest = Number(match[1]);
  const oldest = match[2] === undefined ? 130 : Number(match[2]);
  const shift = (years: number, days: number) =>
    new Date(Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth(), today.getUTCDate()) + days * DAY).toISOString().slice(0, 10);
  return [shift(oldest + 1, -1), shift(youngest, 1)];
}

function digitsOfDate(date: string): string {
  return date.replaceAll("-", "");
}

function birthDates(clues: IdClues, today: Date): string[] {
  if (clues.birthDate) return [clues.birthDate];
  const [from, to] = clues.bornBetween ?? ["1900-01-01", today.toISOString().slice(0, 10)];
  const dates: string[] = [];
  for (let time = Date.parse(`${from}T00:00:00Z`); time <= Date.parse(`${to}T00:00:00Z`); time += DAY) {
    dates.push(new Date(time).toISOString().slice(0, 10));
  }
  return dates;
}

/** How many valid numbers fit every clue (regions not shown count as 10 per hidden digit). */
export function countCandidates(clues: IdClues, today = new Date()): number {
  const regionDigits = [0, 1, 2, 3, 4, 5].map((index) => clues.known.get(index));
  const hiddenRegion = regionDigits.filter((digit) => digit === undefined).length;
  const regionSum = regionDigits.reduce((sum, digit, index) => sum + Number(digit ?? 0) * (WEIGHTS[index] ?? 0), 0);
  // Sums (mod 11) of the sequence digits 15-17 allowed by the clues, counted.
  const sequenceSums = new Array<number>(11).fill(0);
  for (let sequence = 0; sequence < 1000; sequence += 1) {
    const digits = String(sequence).padStart(3, "0");
    if ([...digits].some((digit, offset) => (clues.known.get(14 + offset) ?? digit) !== digit)) continue;
    if (clues.parity !== null && Number(digits.charAt(2)) % 2 !== clues.parity) continue;
    const sum = [...digits].reduce((total, digit, offset) => total + Number(digit) * (WEIGHTS[14 + offset] ?? 0), 0);
    sequenceSums[sum % 11] = (sequenceSums[sum % 11] ?? 0) + 1;
  }
  const check = clues.known.get(17);
  let count = 0;
  for (const date of birthDates(clues, today)) {
    const digits = digitsOfDate(date);
    if ([...digits].some((digit, offset) => (clues.known.get(6 + offset) ?? digit) !== digit)) continue;
    const dateSum = [...digits].reduce((total, digit, offset) => total + Number(digit) * (WEIGHTS[6 + offset] ?? 0), 0);
    if (check === undefined || hiddenRegion > 0) {
      count += sequenceSums.reduce((total, n) => total + n, 0);
      continue;
    }
    for (let residue = 0; residue < 11; residue += 1) {
      if (CHECK.charAt((regionSum + dateSum + residue) % 11) === check) count += sequenceSums[residue] ?? 0;
    }
  }
  const hiddenCheck = check === undefined || hiddenRegion === 0 ? 1 : 1 / 11;
  return Math.round(count * 10 ** hiddenRegion * hiddenCheck);
}

/** Whether the real number fits every clue (so the count above really includes it). */
export function fits(clues: IdClues, idNumber: string, today = new Date()): boolean {
  if ([...clues.known].some(([index, char]) => idNumber.charAt(index) !== char)) return false;
  const born = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  if (clues.birthDate !== null && clues.birthDate !== born) return false;
  const [from, to] = clues.bornBetween ?? ["1900-01-01", today.toISOString().slice(0, 10)];
  if (born < from || born > to) return false;
  return clues.parity === null || Number(idNumber.charAt(16)) % 2 === clues.parity;
}
