import { registerEnumType } from "type-graphql";
import { $Enums } from "../../generated/client";

export const MediationCaseStatus = $Enums.MediationCaseStatus;
export type MediationCaseStatus = $Enums.MediationCaseStatus;

/** States after which the dispute may be taken up in a new mediation case. */
export const CLOSED_WITHOUT_AGREEMENT: readonly MediationCaseStatus[] = [MediationCaseStatus.FAILED, MediationCaseStatus.TERMINATED];

registerEnumType(MediationCaseStatus, {
  name: "MediationCaseStatus",
  description: "调解案件状态 Where a mediation case stands",
  valuesConfig: {
    ACCEPTED: { description: "已受理 accepted by the committee" },
    IN_SESSION: { description: "调解中 mediation sessions under way" },
    AGREEMENT_REACHED: { description: "达成协议 agreement reached (人民调解法 art 28)" },
    FAILED: { description: "调解不成 mediation failed; the parties are told of other routes (人民调解法 art 26)" },
    TERMINATED: { description: "终止 ended, e.g. at a party's request (人民调解法 art 23)" },
  },
});
