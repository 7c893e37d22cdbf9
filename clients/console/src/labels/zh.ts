// Chinese names of the graph's enums, as a clerk reads them.
import type * as T from "../graph/types";

export const CATEGORY: Record<T.DisputeCategory, string> = {
  TRAFFIC_ACCIDENT: "交通事故",
  NEIGHBOUR: "邻里纠纷",
  FAMILY: "家庭纠纷",
  MARRIAGE: "婚姻纠纷",
  LABOUR_WAGES: "劳动报酬",
  PRIVATE_LENDING: "民间借贷",
  CONTRACT: "合同纠纷",
  PROPERTY: "物业/财产",
  LAND: "土地/草场",
  CONSUMER: "消费纠纷",
  MEDICAL: "医疗纠纷",
  OTHER: "其他",
};

export const CHANNEL: Record<T.DisputeChannel, string> = {
  WALK_IN: "来访",
  HOTLINE: "热线",
  QR_CODE: "解纷码",
  GRID_REPORT: "网格员上报",
  ONLINE: "网上",
  PARTNER_SYSTEM: "合作系统",
  REFERRAL: "部门移交",
};

export const DISPUTE_STATUS: Record<T.DisputeStatus, string> = {
  RECEIVED: "已受理",
  ROUTED: "已分流",
  IN_MEDIATION: "调解中",
  IN_HANDLING: "办理中",
  RESOLVED: "已化解",
  CLOSED: "已办结",
  LINKED: "已关联",
  MERGED: "已合并",
};

export const PARTY_ROLE: Record<T.PartyRole, string> = { APPLICANT: "申请人", RESPONDENT: "被申请人", THIRD_PARTY: "第三人" };
export const PARTY_KIND: Record<T.PartyKind, string> = { PERSON: "自然人", ORGANISATION: "法人或其他组织" };

export const DEPARTMENT: Record<T.Department, string> = {
  CENTER: "综治中心",
  JUSTICE: "司法局",
  COURT: "人民法院",
  PROCURATORATE: "人民检察院",
  PARTNER: "合作系统",
  PUBLIC: "公众",
};

export const ROLE: Record<string, string> = {
  CENTRE_OFFICER: "综治中心受理员",
  CENTRE_SUPERVISOR: "综治中心督办员",
  MEDIATOR: "人民调解员",
  JUSTICE_OFFICER: "司法所工作人员",
  COURT_CLERK: "法院书记员",
  JUDGE: "法官",
  PROSECUTOR: "检察官",
};

export const STATIONING: Record<T.StationingMode, string> = { PERMANENT: "常驻", ROTATION: "轮驻", ON_CALL: "随驻", INVITED: "特邀" };
export const TIER: Record<T.HandlingTier, string> = {
  STATIONED: "驻点部门现场调处",
  LINKED: "联动部门联合调处",
  EXPERT: "专业力量共同调处",
};
export const ROUTING_STATUS: Record<T.RoutingStatus, string> = {
  PENDING: "待接收",
  ACCEPTED: "已接收",
  RETURNED: "已退回",
  ESCALATED: "已上交",
  WITHDRAWN: "已撤回",
};

/** What a term of an agreement is about (民诉法解释 355(3): status relationships are not confirmed). */
export const TERM_SUBJECT: Record<T.AgreementTermSubject, string> = {
  PAYMENT: "给付金钱",
  PROPERTY: "交付或分割财产",
  SERVICE: "作为或不作为",
  APOLOGY: "赔礼道歉",
  STATUS_MARRIAGE: "婚姻关系",
  STATUS_PARENTAGE: "亲子关系",
  STATUS_ADOPTION: "收养关系",
  OTHER: "其他",
};

export const LIBRARY: Record<T.ExpertLibrary, string> = {
  CHIEF_LEGAL_CONSULTANT: "首席法律咨询专家库",
  MEDIATION_EXPERT: "调解专家库",
  LEGAL_SERVICE_VOLUNTEER: "公共法律服务志愿者库",
  MEDIATOR: "人民调解员库",
};

export const MEDIATION_STATUS: Record<T.MediationCaseStatus, string> = {
  ACCEPTED: "已受理",
  IN_SESSION: "调解中",
  AGREEMENT_REACHED: "达成协议",
  FAILED: "调解不成",
  TERMINATED: "终止",
};

export const OTHER_ROUTE: Record<T.OtherRoute, string> = {
  ARBITRATION: "仲裁",
  ADMINISTRATIVE: "行政途径",
  LITIGATION: "司法途径（诉讼）",
};
export const SIGNATURE_METHOD: Record<T.SignatureMethod, string> = { SIGNATURE: "签名", SEAL: "盖章", FINGERPRINT: "按指印" };

export const CONFIRMATION_STATUS: Record<T.ConfirmationStatus, string> = {
  FILED: "已申请",
  ACCEPTED: "已受理",
  UNDER_REVIEW: "审查中",
  NOT_ACCEPTED: "不予受理",
  CONFIRMED_VALID: "裁定调解协议有效",
  REJECTED: "裁定驳回申请",
  WITHDRAWN: "已撤回",
  RULING_REVOKED: "异议成立，撤销原裁定",
};

/** 民诉法解释 358: the grounds on which a confirmation application is rejected. */
export const REJECTION_GROUND: Record<T.RejectionGround, string> = {
  VIOLATES_MANDATORY_LAW: "违反法律强制性规定（解释 358 (一)）",
  HARMS_STATE_PUBLIC_OR_OTHERS: "损害国家利益、社会公共利益、他人合法权益（解释 358 (二)）",
  VIOLATES_PUBLIC_ORDER_OR_MORALS: "违背公序良俗（解释 358 (三)）",
  NOT_VOLUNTARY: "违反自愿原则（解释 358 (四)）",
  UNCLEAR_CONTENT: "内容不明确（解释 358 (五)）",
  OTHER: "其他不能进行司法确认的情形（解释 358 (六)）",
};

/** 民诉法解释 355: why an application is not accepted. */
export const NOT_ACCEPTED_GROUND: Record<T.NotAcceptedGround, string> = {
  OUTSIDE_REMIT_OR_JURISDICTION: "不属于人民法院受理范围或本院管辖",
  STATUS_RELATIONSHIP: "婚姻、亲子、收养等身份关系",
  OTHER_SPECIAL_PROCEDURE: "涉及其他特别程序",
  PUBLIC_SUMMONS_OR_BANKRUPTCY: "涉及公示催告或破产程序",
  PROPERTY_OR_IP_TITLE: "涉及物权、知识产权确权",
};

/** 民诉法解释 354: the materials an application is filed with. */
export const MATERIAL: Record<T.ApplicationMaterial, string> = {
  AGREEMENT: "调解协议",
  MEDIATION_ORGANISATION_PROOF: "调解组织主持调解的证明",
  PARTY_IDENTITY_AND_CONTACT: "双方当事人的身份、住所、联系方式",
  PROPERTY_RIGHTS_PROOF: "与调解协议相关的财产权利证明",
  POWER_OF_ATTORNEY: "授权委托书",
};

/** 民诉法解释 356: how a party appeared or was heard before the ruling. */
export const HEARING_MANNER: Record<T.HearingManner, string> = {
  APPEARED_IN_PERSON: "本人到场",
  APPEARED_BY_AGENT: "委托代理人到场",
  HEARD_ONLINE: "在线询问",
};

export const DISCLOSURE_PURPOSE: Record<T.DisclosurePurpose, string> = {
  SERVICE_OF_DOCUMENTS: "送达",
  CONTACT_PARTY: "联系当事人",
  IDENTITY_CHECK: "身份核验",
  SUPERVISION_REVIEW: "监督审查",
};

export const DEADLINE_STAGE: Record<string, string> = { ROUTE: "分流", RESPOND: "接收", HANDLE: "办理调解", CONCLUDE: "办结答复" };

export function options<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  return new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });
}

export function formatYuan(fen: number | null | undefined): string {
  return fen === null || fen === undefined ? "—" : `${(fen / 100).toLocaleString("zh-CN", { minimumFractionDigits: 2 })} 元`;
}
