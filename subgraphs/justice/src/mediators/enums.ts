import { registerEnumType } from "type-graphql";
import { $Enums } from "../../generated/client";

export const MediatorKind = $Enums.MediatorKind;
export type MediatorKind = $Enums.MediatorKind;
export const ExpertLibrary = $Enums.ExpertLibrary;
export type ExpertLibrary = $Enums.ExpertLibrary;

registerEnumType(MediatorKind, {
  name: "MediatorKind",
  description: "人民调解员的身份 How a mediator serves the committee (人民调解法 art 13)",
  valuesConfig: {
    COMMITTEE_MEMBER: { description: "委员 a member of the committee (3-9 per committee, art 9)" },
    HIRED: { description: "聘任 a mediator the committee hired" },
  },
});

registerEnumType(ExpertLibrary, {
  name: "ExpertLibrary",
  description: "专家库 The expert libraries (四库, as 呼伦贝尔 keeps them)",
  valuesConfig: {
    CHIEF_LEGAL_CONSULTANT: { description: "首席法律咨询专家库 chief legal consultants" },
    MEDIATION_EXPERT: { description: "调解专家库 mediation experts" },
    LEGAL_SERVICE_VOLUNTEER: { description: "公共法律服务志愿者库 public legal-service volunteers" },
    MEDIATOR: { description: "人民调解员库 city and county mediators" },
  },
});

export const Gender = $Enums.Gender;
export type Gender = $Enums.Gender;

registerEnumType(Gender, {
  name: "Gender",
  description: "性别 (人民调解法 art 9: a committee includes women members)",
  valuesConfig: { FEMALE: { description: "女" }, MALE: { description: "男" } },
});
