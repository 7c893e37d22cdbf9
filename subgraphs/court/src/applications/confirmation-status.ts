import { registerEnumType } from "type-graphql";
import { $Enums } from "../../generated/client";

export const ConfirmationStatus = $Enums.ConfirmationStatus;
export type ConfirmationStatus = $Enums.ConfirmationStatus;

/**
 * Statuses that end an application; any other is live and blocks a second application for the
 * same mediation case. The partial unique index in migration 20261204180100 lists the same four.
 */
export const CLOSED_STATUSES: readonly ConfirmationStatus[] = ["NOT_ACCEPTED", "REJECTED", "WITHDRAWN", "RULING_REVOKED"];

registerEnumType(ConfirmationStatus, {
  name: "ConfirmationStatus",
  description: "司法确认申请状态 Where a judicial-confirmation application stands",
  valuesConfig: {
    FILED: { description: "已申请 filed, acceptance not yet decided" },
    ACCEPTED: { description: "已受理 accepted, a case number assigned" },
    UNDER_REVIEW: { description: "审查中 under review by a judge (民诉法解释 356)" },
    NOT_ACCEPTED: { description: "不予受理 not accepted (民诉法解释 355)" },
    CONFIRMED_VALID: { description: "裁定调解协议有效 agreement ruled valid (民事诉讼法 206)" },
    REJECTED: { description: "裁定驳回申请 application rejected (民诉法解释 358)" },
    WITHDRAWN: { description: "撤回 withdrawn, or deemed withdrawn (民诉法解释 357)" },
    RULING_REVOKED: { description: "裁定撤销 the ruling revoked on an objection found well founded (民诉法解释 372)" },
  },
});
