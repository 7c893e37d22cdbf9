import { invalidInput } from "@hub/subgraph-kit";
import { chinaDate } from "../dates";

/** 人民调解法 art 14: a mediator is an adult citizen (18 or over, 民法典 art 17). */
export const ADULT_MEDIATOR_RULE = "人民调解法 art 14";
const ADULT_AGE = 18;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The stored birth date when given (the mediator must have turned 18 by today, China time);
 * otherwise the bureau's attestation that the mediator is an adult. One of the two is required.
 */
export function checkAdult(
  birthDate: string | null | undefined,
  adultAttested: boolean | null | undefined,
  now: Date,
  field = "input.birthDate",
): Date | null {
  if (birthDate === null || birthDate === undefined) {
    if (adultAttested) return null;
    throw invalidInput(field, ADULT_MEDIATOR_RULE, {
      zh: "人民调解员应当由成年公民担任：请填写出生日期，或确认其已成年",
      en: "A mediator must be an adult citizen: give the birth date, or attest that the mediator is an adult",
    });
  }
  const match = ISO_DATE.exec(birthDate);
  const born = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !born || born.toISOString().slice(0, 10) !== birthDate) {
    throw invalidInput(field, "YYYY-MM-DD", {
      zh: `出生日期“${birthDate}”格式不正确`,
      en: `Birth date "${birthDate}" is not a YYYY-MM-DD date`,
    });
  }
  const today = chinaDate(now);
  const eighteenth = `${String(Number(match[1]) + ADULT_AGE).padStart(4, "0")}-${match[2]}-${match[3]}`;
  // Born on 29 February: of age on 1 March of a common year (the day after 28 February).
  const ofAgeOn = eighteenth.endsWith("-02-29") && !isLeap(Number(match[1]) + ADULT_AGE) ? `${eighteenth.slice(0, 4)}-03-01` : eighteenth;
  if (ofAgeOn > today) {
    throw invalidInput(field, ADULT_MEDIATOR_RULE, {
      zh: `人民调解员应当由成年公民担任；该人员于${ofAgeOn}年满十八周岁`,
      en: `A mediator must be an adult citizen; this person turns 18 on ${ofAgeOn}`,
    });
  }
  return born;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
