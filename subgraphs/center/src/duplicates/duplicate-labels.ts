export const PARTY_ROLE_ZH: Record<string, string> = { APPLICANT: "申请人", RESPONDENT: "被申请人", THIRD_PARTY: "第三人" };
