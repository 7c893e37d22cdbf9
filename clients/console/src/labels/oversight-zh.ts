// Chinese names of the procuratorate's and the supervisors' enums, as an officer reads them.
import type * as T from "../graph/oversight-types";

export const SUPERVISION_GROUNDS: Record<T.SupervisionGrounds, string> = {
  STATE_OR_PUBLIC_INTEREST: "损害国家利益或者社会公共利益（监督规则第三十七条第一项）",
  JUDICIAL_CORRUPTION: "审判、执行人员违法（第三十七条第二项）",
  FALSE_LITIGATION: "虚假诉讼、虚假调解（第三十七条第三项）",
  FLAWED_PUBLIC_INTEREST_CASE: "公益诉讼案件存在错误（第三十七条第四项）",
  FOLLOW_UP_SUPERVISION: "跟进监督（第三十七条第五项）",
  MAJOR_SOCIAL_IMPACT: "重大社会影响（第三十七条第六项）",
  PARTY_APPLICATION: "当事人申请（民事诉讼法第二百二十条）",
};

/** The grounds a prosecutor may open a case on of their own motion (人民检察院民事诉讼监督规则 art 37). */
export const OWN_MOTION_GROUNDS: T.SupervisionGrounds[] = [
  "STATE_OR_PUBLIC_INTEREST",
  "JUDICIAL_CORRUPTION",
  "FALSE_LITIGATION",
  "FLAWED_PUBLIC_INTEREST_CASE",
  "FOLLOW_UP_SUPERVISION",
  "MAJOR_SOCIAL_IMPACT",
];

export const SUPERVISION_OUTCOME: Record<T.SupervisionOutcome, string> = {
  PROCURATORIAL_SUGGESTION: "检察建议",
  RETRIAL_SUGGESTION: "再审检察建议",
  PROTEST: "抗诉",
  PUBLIC_INTEREST_LEAD: "公益诉讼线索",
  NO_IRREGULARITY: "未发现违法情形",
};

/** What the instrument of each outcome is called (its document number is on it). */
export const OUTCOME_INSTRUMENT: Record<T.SupervisionOutcome, string | undefined> = {
  PROCURATORIAL_SUGGESTION: "检察建议书",
  RETRIAL_SUGGESTION: "再审检察建议书",
  PROTEST: "抗诉书",
  PUBLIC_INTEREST_LEAD: "线索移送函",
  NO_IRREGULARITY: undefined,
};

export const SUPERVISION_STATUS: Record<T.SupervisionCaseStatus, string> = { OPEN: "已立案", UNDER_REVIEW: "审查中", CONCLUDED: "已结案" };
export const LEAD_KIND: Record<T.SupervisionLeadKind, string> = {
  CONFIRMATION_RULING: "司法确认裁定",
  MEDIATION_AGREEMENT: "人民调解协议",
};
export const RULING_OUTCOME: Record<string, string> = { VALID: "确认有效", REJECTED: "驳回申请" };
export const SEVERITY: Record<string, string> = { HIGH: "高", MEDIUM: "中", LOW: "低" };
export const SEVERITY_COLOR: Record<string, string> = { HIGH: "red", MEDIUM: "orange", LOW: "default" };

/** The red-flag evidence's labels; an unknown one shows as sent. */
export const EVIDENCE_LABEL: Record<string, string> = {
  SAME_PERSON: "同一人",
  SHARED_PHONE: "共用电话",
  SHARED_ADDRESS: "共用地址",
  SHARED_AGENT: "同一代理人",
  amount: "争议金额",
  naturalPersonCeiling: "自然人借贷上限",
  countyMedian: "本县同类中位数",
  receivedAt: "受理时间",
  agreementReachedAt: "达成协议时间",
  hours: "用时",
  category: "纠纷类别",
  committee: "调解组织",
};

export const WARNING_KIND: Record<string, string> = {
  REPEATED_PARTY: "重复纠纷",
  REPEATED_PLACE: "多发",
  CATEGORY_CLUSTER: "类案聚集",
  ESCALATION_RISK: "激化风险",
};

export const REMINDER_LEVEL: Record<string, string> = { APPROACHING: "临期", OVERDUE: "超期", ESCALATED: "超期上报" };
export const REMINDER_COLOR: Record<string, string> = { APPROACHING: "gold", OVERDUE: "red", ESCALATED: "magenta" };

export const DIMENSION: Record<Exclude<T.StatisticsDimension, "NONE">, string> = {
  SUBDIVISION: "按区划",
  CATEGORY: "按类别",
  CHANNEL: "按渠道",
  MONTH: "按月份",
};

/** The division levels by the length of their codes, as the drill-down names them. */
export const DIVISION_LEVEL: Record<number, string> = { 2: "自治区", 4: "盟市", 6: "旗县区", 9: "苏木乡镇街道" };

export const CONTACT_METHOD: Record<T.ContactMethod, string> = {
  PHONE: "电话",
  IN_PERSON: "当面",
  SMS: "短信",
  LETTER: "信函",
  ONLINE: "网上",
};
export const RETURN_VISIT_OUTCOME: Record<T.ReturnVisitOutcome, string> = {
  PERFORMED: "已履行",
  PARTLY_PERFORMED: "部分履行",
  NOT_PERFORMED: "未履行",
};
export const SATISFACTION: Record<T.ReturnVisitSatisfaction, string> = {
  SATISFIED: "满意",
  BASICALLY_SATISFIED: "基本满意",
  DISSATISFIED: "不满意",
};
