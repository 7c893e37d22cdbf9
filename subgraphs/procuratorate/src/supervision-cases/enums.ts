import { registerEnumType } from "type-graphql";
import { $Enums } from "../../generated/client";

export const SupervisionGrounds = $Enums.SupervisionGrounds;
export type SupervisionGrounds = $Enums.SupervisionGrounds;
export const SupervisionCaseStatus = $Enums.SupervisionCaseStatus;
export type SupervisionCaseStatus = $Enums.SupervisionCaseStatus;

/** Not stored: it follows from the grounds (see `sourceOfGrounds`). */
export const SupervisionSource = {
  OWN_MOTION: "OWN_MOTION",
  PARTY_APPLICATION: "PARTY_APPLICATION",
} as const;
export type SupervisionSource = (typeof SupervisionSource)[keyof typeof SupervisionSource];

registerEnumType(SupervisionGrounds, {
  name: "SupervisionGrounds",
  description: "监督事由 Why the procuratorate supervises (人民检察院民事诉讼监督规则 2021)",
  valuesConfig: {
    STATE_OR_PUBLIC_INTEREST: { description: "损害国家利益或者社会公共利益 harms state or public interest (依职权, art 37(1))" },
    JUDICIAL_CORRUPTION: { description: "审判、执行人员违法 judicial corruption or misconduct (依职权, art 37(2))" },
    FALSE_LITIGATION: { description: "虚假诉讼 false litigation or mediation (依职权, art 37(3))" },
    MAJOR_SOCIAL_IMPACT: { description: "重大社会影响 major social impact (依职权, art 37(6))" },
    FLAWED_PUBLIC_INTEREST_CASE: { description: "公益诉讼案件存在错误 a public-interest case decided wrongly (依职权, art 37(4))" },
    FOLLOW_UP_SUPERVISION: { description: "跟进监督 follow-up where an earlier 检察建议 was not acted on (依职权, art 37(5))" },
    PARTY_APPLICATION: { description: "当事人申请 a party's application, reviewed within 3 months (民事诉讼法 art 220)" },
  },
});

registerEnumType(SupervisionSource, {
  name: "SupervisionSource",
  description: "案件来源 How the supervision case started",
  valuesConfig: {
    OWN_MOTION: { description: "依职权 on the procuratorate's own motion" },
    PARTY_APPLICATION: { description: "依申请 on a party's application" },
  },
});

registerEnumType(SupervisionCaseStatus, {
  name: "SupervisionCaseStatus",
  description: "监督案件状态 Where a supervision case stands",
  valuesConfig: {
    OPEN: { description: "已立案 opened" },
    UNDER_REVIEW: { description: "审查中 under review" },
    CONCLUDED: { description: "已结案 concluded" },
  },
});

export const SupervisionOutcome = $Enums.SupervisionOutcome;
export type SupervisionOutcome = $Enums.SupervisionOutcome;

registerEnumType(SupervisionOutcome, {
  name: "SupervisionOutcome",
  description: "监督结果 What the supervision concluded with (人民检察院民事诉讼监督规则 2021)",
  valuesConfig: {
    NO_IRREGULARITY: { description: "未发现违法情形 no irregularity found" },
    PROCURATORIAL_SUGGESTION: {
      description: "检察建议 procuratorial suggestion on misconduct of judges in the procedure (民事诉讼法 art 219 ¶3)",
    },
    RETRIAL_SUGGESTION: {
      description:
        "再审检察建议 suggestion of a retrial; against a confirmation ruling only where state or public interest is harmed (民诉法解释 411-412)",
    },
    PROTEST: {
      description: "抗诉 protest; against a confirmation ruling only where state or public interest is harmed (民诉法解释 411-412)",
    },
    PUBLIC_INTEREST_LEAD: { description: "公益诉讼线索 public-interest litigation lead" },
  },
});

export const SupervisionLeadKind = $Enums.SupervisionLeadKind;
export type SupervisionLeadKind = $Enums.SupervisionLeadKind;

registerEnumType(SupervisionLeadKind, {
  name: "SupervisionLeadKind",
  description: "案件线索 The kind of record a prosecutor may open an own-motion case from",
  valuesConfig: {
    CONFIRMATION_RULING: { description: "司法确认裁定 a court's ruling on a confirmation application (the ConfirmationApplication id)" },
    MEDIATION_AGREEMENT: { description: "人民调解协议 a mediation agreement (the MediationAgreement id)" },
  },
});
