import { invalidInput, type Bilingual } from "@hub/subgraph-kit";

/** Trims `value` and refuses it when blank or longer than `max`, naming the field and, where one applies, the rule. */
export function requiredText(value: string, field: string, what: Bilingual, max: number, rule = "required"): string {
  const text = value.trim();
  if (!text) throw invalidInput(field, rule, { zh: `${what.zh}不能为空`, en: `${what.en} is required` });
  return limited(text, field, what, max);
}

/** Like requiredText, but null or blank is allowed and stored as null. */
export function optionalText(value: string | null | undefined, field: string, what: Bilingual, max: number): string | null {
  const text = value?.trim();
  return text ? limited(text, field, what, max) : null;
}

function limited(text: string, field: string, what: Bilingual, max: number): string {
  if (text.length > max) {
    throw invalidInput(field, `max ${max} characters`, { zh: `${what.zh}不能超过${max}字`, en: `${what.en} exceeds ${max} characters` });
  }
  return text;
}
