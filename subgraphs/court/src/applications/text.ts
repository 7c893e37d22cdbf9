import { invalidInput } from "@hub/subgraph-kit";

/** Trims optional free text; blank becomes null; too long is refused naming the field. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const text = value?.trim() ?? "";
  if (text.length > max) {
    throw invalidInput(field, `max ${max} characters`, { zh: `不能超过${max}字`, en: `Exceeds ${max} characters` });
  }
  return text || null;
}
