import { invalidInput, type Bilingual } from "../errors";

/**
 * Free text a clerk types: trimmed, and at most `max` characters, counted as the reader counts
 * them (code points, so one Chinese character or emoji is one). Refusals name the field and say
 * what the text is, in both languages.
 */
export function requiredText(value: string | null | undefined, field: string, what: Bilingual, max: number, rule = "required"): string {
  const text = value?.trim() ?? "";
  if (!text) throw invalidInput(field, rule, { zh: `${what.zh}不能为空`, en: `${what.en} is required` });
  return withinLength(text, field, what, max);
}

/** Like `requiredText`, but null or blank is allowed and answered as null. */
export function optionalText(value: string | null | undefined, field: string, what: Bilingual | null, max: number): string | null {
  const text = value?.trim() ?? "";
  return text ? withinLength(text, field, what, max) : null;
}

/** The number of characters in `text` as a reader counts them. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _character of text) count++;
  return count;
}

function withinLength(text: string, field: string, what: Bilingual | null, max: number): string {
  if (characterCount(text) <= max) return text;
  throw invalidInput(
    field,
    `max ${max} characters`,
    what
      ? { zh: `${what.zh}不能超过${max}字`, en: `${what.en} exceeds ${max} characters` }
      : { zh: `不能超过${max}字`, en: `Exceeds ${max} characters` },
  );
}
