import type { MiddlewareFn } from "type-graphql";
import { invalidInput } from "./errors";

/**
 * The one check every argument of every field passes before its resolver runs, in every
 * subgraph: text that PostgreSQL cannot store or that renders as something else (a NUL byte,
 * half of a UTF-16 surrogate pair) and dates outside any plausible record are refused as
 * BAD_USER_INPUT naming the field (`input.parties.0.name`), instead of failing in the driver.
 */
export const EARLIEST_DATE = new Date("1900-01-01T00:00:00.000Z");
export const LATEST_DATE = new Date("2999-12-31T23:59:59.999Z");
export const DATE_RULE = "1900-01-01 to 2999-12-31";

const NUL = "\u0000";
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Refuses a string PostgreSQL's text cannot hold faithfully. */
export function checkText(value: string, field: string): void {
  if (value.includes(NUL)) {
    throw invalidInput(field, "no NUL character", { zh: `“${field}”含有空字符（NUL）`, en: `"${field}" contains a NUL character` });
  }
  if (LONE_SURROGATE.test(value)) {
    throw invalidInput(field, "well-formed Unicode", {
      zh: `“${field}”含有不完整的 Unicode 字符`,
      en: `"${field}" contains an unpaired UTF-16 surrogate (not well-formed Unicode)`,
    });
  }
}

/** Refuses an instant no record of the hub can carry. */
export function checkDate(value: Date, field: string): void {
  const time = value.getTime();
  if (Number.isNaN(time) || time < EARLIEST_DATE.getTime() || time > LATEST_DATE.getTime()) {
    throw invalidInput(field, DATE_RULE, {
      zh: `“${field}”的日期须在1900年至2999年之间`,
      en: `"${field}" must be a date between 1900-01-01 and 2999-12-31`,
    });
  }
}

/** Walks an argument value (input objects, lists) and checks every string and date in it. */
export function checkArgument(value: unknown, field: string): void {
  if (typeof value === "string") checkText(value, field);
  else if (value instanceof Date) checkDate(value, field);
  else if (Array.isArray(value)) value.forEach((item, index) => checkArgument(item, `${field}.${index}`));
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) checkArgument(item, `${field}.${key}`);
  }
}

/** type-graphql global middleware: every argument of every field, root or nested, checked before the resolver. */
export const inputGuard: MiddlewareFn = async ({ args }, next) => {
  for (const [name, value] of Object.entries(args)) checkArgument(value, name);
  return next();
};
