import { invalidInput } from "@hub/subgraph-kit";

export const MAX_REASON = 2_000;

/** A reason the clerk must give: trimmed, not blank, not overlong. */
export function requireReason(value: string | null | undefined, field: string, rule: string, label: { zh: string; en: string }): string {
  const text = value?.trim() ?? "";
  if (!text) throw invalidInput(field, rule, { zh: `${label.zh}不能为空`, en: `${label.en} is required` });
  return checkLength(text, field, label);
}

/** An optional reason: null when blank. */
export function optionalReason(value: string | null | undefined, field: string, label: { zh: string; en: string }): string | null {
  const text = value?.trim() ?? "";
  return text ? checkLength(text, field, label) : null;
}

function checkLength(text: string, field: string, label: { zh: string; en: string }): string {
  if (text.length > MAX_REASON) {
    throw invalidInput(field, `max ${MAX_REASON} characters`, {
      zh: `${label.zh}不能超过${MAX_REASON}字`,
      en: `${label.en} exceeds ${MAX_REASON} characters`,
    });
  }
  return text;
}
