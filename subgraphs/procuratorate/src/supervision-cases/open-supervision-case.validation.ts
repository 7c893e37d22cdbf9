import { checkUuid, requiredText } from "@hub/subgraph-kit";
import type { OpenSupervisionCaseInput } from "./open-supervision-case.input";

export const MAX_SUMMARY = 5000;

/** Checks everything that needs no database; returns the input trimmed. */
export function validateOpenInput(input: OpenSupervisionCaseInput): OpenSupervisionCaseInput {
  checkUuid(input.disputeId, "input.disputeId");
  // Counted in characters (code points), as the VARCHAR column counts them.
  const summary = requiredText(input.summary, "input.summary", { zh: "案情摘要", en: "The summary" }, MAX_SUMMARY);
  return { ...input, summary };
}
