import { defineStateMachine } from "@hub/subgraph-kit";
import { MediationCaseStatus } from "./enums";

export type MediationCaseEvent =
  "ASSIGN_MEDIATOR" | "HOLD_SESSION" | "RECORD_REFUSAL" | "END_AT_PARTY_REQUEST" | "REACH_AGREEMENT" | "FAIL" | "END_UNSIGNED";

/**
 * ACCEPTED → IN_SESSION → AGREEMENT_REACHED | FAILED | TERMINATED. A party may refuse (art 17) or
 * ask to end (art 23) before the first session too. Assigning a mediator and holding further
 * sessions leave the state as it is. FAILED and TERMINATED are final; AGREEMENT_REACHED ends as
 * FAILED only when a party never signs the written agreement (人民调解法 arts 26, 29).
 */
export const mediationCaseMachine = defineStateMachine<MediationCaseStatus, MediationCaseEvent>(
  {
    ACCEPTED: {
      ASSIGN_MEDIATOR: MediationCaseStatus.ACCEPTED,
      HOLD_SESSION: MediationCaseStatus.IN_SESSION,
      RECORD_REFUSAL: MediationCaseStatus.TERMINATED,
      END_AT_PARTY_REQUEST: MediationCaseStatus.TERMINATED,
    },
    IN_SESSION: {
      ASSIGN_MEDIATOR: MediationCaseStatus.IN_SESSION,
      HOLD_SESSION: MediationCaseStatus.IN_SESSION,
      RECORD_REFUSAL: MediationCaseStatus.TERMINATED,
      END_AT_PARTY_REQUEST: MediationCaseStatus.TERMINATED,
      REACH_AGREEMENT: MediationCaseStatus.AGREEMENT_REACHED,
      FAIL: MediationCaseStatus.FAILED,
    },
    AGREEMENT_REACHED: { END_UNSIGNED: MediationCaseStatus.FAILED },
    FAILED: {},
    TERMINATED: {},
  },
  {
    entity: { zh: "调解案件", en: "mediation case" },
    states: { ACCEPTED: "已受理", IN_SESSION: "调解中", AGREEMENT_REACHED: "达成协议", FAILED: "调解不成", TERMINATED: "终止" },
    events: {
      ASSIGN_MEDIATOR: "指定调解员",
      HOLD_SESSION: "记录调解",
      RECORD_REFUSAL: "记录当事人拒绝调解",
      END_AT_PARTY_REQUEST: "应当事人要求终止调解",
      REACH_AGREEMENT: "达成调解协议",
      FAIL: "调解不成终结",
      END_UNSIGNED: "当事人未签署书面协议，调解不成终结",
    },
  },
);
