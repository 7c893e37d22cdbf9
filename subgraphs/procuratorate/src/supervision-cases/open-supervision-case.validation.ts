import { checkUuid, invalidInput } from "@hub/subgraph-kit";
import type { OpenSupervisionCaseInput } from "./open-supervision-case.input";

export const MAX_SUMMARY = 5000;

/** Checks everything that needs no database; returns the input trimmed. */
export function validateOpenInput(input: OpenSupervisionCaseInput): OpenSupervisionCaseInput {
  checkUuid(input.disputeId, "input.disputeId");
  const summary = input.summary.trim();
  if (!summary) {
    throw invalidInput("input.summary", "required", { zh: "案情摘要不能为空", en: "The summary is required" });
  }
  // Counted in characters (code points), as the VARCHAR column counts them.
  if ([...summary].length > MAX_SUMMARY) {
    throw invalidInput("input.summary", `max ${MAX_SUMMARY} characters`, {
      zh: `案情摘要不能超过${MAX_SUMMARY}字`,
      en: `The summary exceeds ${MAX_SUMMARY} characters`,
    });
  }
  return { ...input, summary };
}
