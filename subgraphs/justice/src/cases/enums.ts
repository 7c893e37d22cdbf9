import { registerEnumType } from "type-graphql";
import { $Enums } from "../../generated/client";

export const MediationCaseStatus = $Enums.MediationCaseStatus;
export type MediationCaseStatus = $Enums.MediationCaseStatus;

/** States after which the dispute may be taken up in a new mediation case. */
export const CLOSED_WITHOUT_AGREEMENT: readonly MediationCaseStatus[] = [MediationCaseStatus.FAILED, MediationCaseStatus.TERMINATED];

/**
 * The cases that hold a dispute: one at most (the partial unique index mediation_case_open_dispute_key).
 * A case that reached agreement holds it while the agreement stands; once a court has rejected
 * confirmation of it (民事诉讼法 art 206) and a new mediation opens, it no longer does.
 */
export const openCaseOf = (disputeId: string) => ({
  disputeId,
  status: { notIn: [...CLOSED_WITHOUT_AGREEMENT] },
  confirmationRejectedAt: null,
});

registerEnumType(MediationCaseStatus, {
  name: "MediationCaseStatus",
  description: "调解案件状态 Where a mediation case stands",
  valuesConfig: {
    ACCEPTED: { description: "已受理 accepted by the committee" },
    IN_SESSION: { description: "调解中 mediation sessions under way" },
    AGREEMENT_REACHED: { description: "达成协议 agreement reached (人民调解法 art 28)" },
    FAILED: { description: "调解不成 mediation failed; the parties are told of other routes (人民调解法 art 26)" },
    TERMINATED: { description: "终止 ended: a party expressly refused (人民调解法 art 17) or asked to end it (art 23)" },
  },
});

export const MediationTerminationReason = $Enums.MediationTerminationReason;
export type MediationTerminationReason = $Enums.MediationTerminationReason;
export const OtherRoute = $Enums.OtherRoute;
export type OtherRoute = $Enums.OtherRoute;
export const SessionPublicity = $Enums.SessionPublicity;
export type SessionPublicity = $Enums.SessionPublicity;

registerEnumType(MediationTerminationReason, {
  name: "MediationTerminationReason",
  description: "调解终止原因 Why a mediation case was ended before an agreement or a failure",
  valuesConfig: {
    PARTY_REFUSED: { description: "当事人一方明确拒绝调解 a party expressly refused mediation (人民调解法 art 17)" },
    PARTY_REQUESTED_END: { description: "当事人要求终止调解 a party asked to end the mediation (人民调解法 art 23)" },
  },
});

registerEnumType(OtherRoute, {
  name: "OtherRoute",
  description: "其他途径 The routes the parties are told of when mediation fails (人民调解法 art 26)",
  valuesConfig: {
    ARBITRATION: { description: "仲裁" },
    ADMINISTRATIVE: { description: "行政途径 (行政裁决、行政复议等)" },
    LITIGATION: { description: "司法途径 (诉讼)" },
  },
});

registerEnumType(SessionPublicity, {
  name: "SessionPublicity",
  description: "调解方式 Whether a session was held in public, as the parties chose (人民调解法 art 23)",
  valuesConfig: {
    PUBLIC: { description: "公开调解" },
    PRIVATE: { description: "不公开调解" },
  },
});

export const MediationOrigin = $Enums.MediationOrigin;
export type MediationOrigin = $Enums.MediationOrigin;
export const CourtProcedure = $Enums.CourtProcedure;
export type CourtProcedure = $Enums.CourtProcedure;

registerEnumType(MediationOrigin, {
  name: "MediationOrigin",
  description: "调解来源 Where a mediation came from; it sets the time limit (特邀调解规定 2016 art 27)",
  valuesConfig: {
    PEOPLES_MEDIATION: { description: "人民调解 the committee mediates on a party's application or its own motion (人民调解法 art 17)" },
    COURT_DELEGATED: { description: "委派调解 a court delegated the dispute before filing it: 30 days" },
    COURT_ENTRUSTED: { description: "委托调解 a court entrusted a case it has filed: 15 days (ordinary procedure) or 7 (summary)" },
  },
});

registerEnumType(CourtProcedure, {
  name: "CourtProcedure",
  description: "审理程序 The procedure of the court case a mediation was entrusted from (特邀调解规定 art 27)",
  valuesConfig: {
    ORDINARY: { description: "普通程序: 15 days" },
    SUMMARY: { description: "简易程序: 7 days" },
  },
});
