import { optionalText, requiredText, type Bilingual } from "@hub/subgraph-kit";

export const MAX_REASON = 2_000;

/** A reason the clerk must give: trimmed, not blank, not overlong. */
export function requireReason(value: string | null | undefined, field: string, rule: string, label: Bilingual): string {
  return requiredText(value, field, label, MAX_REASON, rule);
}

/** An optional reason: null when blank. */
export function optionalReason(value: string | null | undefined, field: string, label: Bilingual): string | null {
  return optionalText(value, field, label, MAX_REASON);
}
