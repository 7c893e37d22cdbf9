import { registerEnumType } from "type-graphql";
import { $Enums } from "../../generated/client";

export const RulingOutcome = $Enums.RulingOutcome;
export type RulingOutcome = $Enums.RulingOutcome;

export const RULING_OUTCOME_LABELS: Record<RulingOutcome, string> = {
  VALID: "裁定调解协议有效",
  REJECTED: "裁定驳回申请",
};

registerEnumType(RulingOutcome, {
  name: "RulingOutcome",
  description: "司法确认裁定结果 The ruling on a confirmation application (民事诉讼法 art 206)",
  valuesConfig: {
    VALID: { description: "裁定调解协议有效 the agreement is valid and enforceable" },
    REJECTED: { description: "裁定驳回申请 the application is rejected; the parties may re-mediate, agree anew or sue" },
  },
});
