import { defineStateMachine } from "@hub/subgraph-kit";
import type { ConfirmationStatus } from "./confirmation-status";

export type ConfirmationEvent = "accept" | "notAccept" | "startReview" | "ruleValid" | "ruleRejected" | "withdraw" | "revokeRuling";

/**
 * 司法确认: FILED → ACCEPTED → UNDER_REVIEW → CONFIRMED_VALID | REJECTED; FILED → NOT_ACCEPTED;
 * withdrawal before the ruling, or deemed withdrawal (民诉法解释 357); a ruling revoked on an
 * objection (民诉法解释 372).
 */
export const confirmationMachine = defineStateMachine<ConfirmationStatus, ConfirmationEvent>(
  {
    FILED: { accept: "ACCEPTED", notAccept: "NOT_ACCEPTED", withdraw: "WITHDRAWN" },
    ACCEPTED: { startReview: "UNDER_REVIEW", withdraw: "WITHDRAWN" },
    UNDER_REVIEW: { ruleValid: "CONFIRMED_VALID", ruleRejected: "REJECTED", withdraw: "WITHDRAWN" },
    NOT_ACCEPTED: {},
    CONFIRMED_VALID: { revokeRuling: "RULING_REVOKED" },
    REJECTED: { revokeRuling: "RULING_REVOKED" },
    WITHDRAWN: {},
    RULING_REVOKED: {},
  },
  {
    entity: { zh: "司法确认申请", en: "judicial-confirmation application" },
    states: {
      FILED: "已申请",
      ACCEPTED: "已受理",
      UNDER_REVIEW: "审查中",
      NOT_ACCEPTED: "不予受理",
      CONFIRMED_VALID: "裁定调解协议有效",
      REJECTED: "裁定驳回申请",
      WITHDRAWN: "已撤回",
      RULING_REVOKED: "裁定已撤销",
    },
    events: {
      accept: "受理",
      notAccept: "裁定不予受理",
      startReview: "开始审查",
      ruleValid: "裁定调解协议有效",
      ruleRejected: "裁定驳回申请",
      withdraw: "撤回申请",
      revokeRuling: "撤销裁定",
    },
  },
);
