import { registerEnumType } from "type-graphql";
import { $Enums } from "../../generated/client";

export const HearingManner = $Enums.HearingManner;
export type HearingManner = $Enums.HearingManner;
export const ServiceMethod = $Enums.ServiceMethod;
export type ServiceMethod = $Enums.ServiceMethod;
export const ConclusionLimit = $Enums.ConclusionLimit;
export type ConclusionLimit = $Enums.ConclusionLimit;
export const ObjectorKind = $Enums.ObjectorKind;
export type ObjectorKind = $Enums.ObjectorKind;
export const ObjectionStatus = $Enums.ObjectionStatus;
export type ObjectionStatus = $Enums.ObjectionStatus;

registerEnumType(HearingManner, {
  name: "HearingManner",
  description: "到场或询问 How a party appeared or was heard before the ruling (民诉法解释 356)",
  valuesConfig: {
    APPEARED_IN_PERSON: { description: "本人到场" },
    APPEARED_BY_AGENT: { description: "委托代理人到场" },
    HEARD_ONLINE: { description: "在线询问 (人民法院在线调解规则 art 20)" },
  },
});

registerEnumType(ServiceMethod, {
  name: "ServiceMethod",
  description: "送达方式 How the ruling was served (the service provisions of the Civil Procedure Law)",
  valuesConfig: {
    DIRECT: { description: "直接送达" },
    AGENT_OR_RELATIVE: { description: "代收人、同住成年家属签收" },
    LEFT_AT_ADDRESS: { description: "留置送达" },
    ELECTRONIC: { description: "电子送达" },
    ENTRUSTED: { description: "委托送达" },
    POSTAL: { description: "邮寄送达" },
    PUBLIC_NOTICE: { description: "公告送达" },
  },
});

registerEnumType(ConclusionLimit, {
  name: "ConclusionLimit",
  description: "审限 Which conclusion limit an extension adds to",
  valuesConfig: {
    STATUTORY: { description: "民事诉讼法 art 187: 30 days from acceptance" },
    COURT_OWN: { description: "The 2011 provisions' 15 days, where the deployment applies it as the court's own limit" },
  },
});

registerEnumType(ObjectorKind, {
  name: "ObjectorKind",
  description: "异议人 Who objects to the ruling (民诉法解释 372)",
  valuesConfig: {
    PARTY: { description: "当事人: within 15 days of receiving the ruling" },
    INTERESTED_PERSON: { description: "利害关系人: within 6 months of learning that it harms their rights" },
  },
});

registerEnumType(ObjectionStatus, {
  name: "ObjectionStatus",
  description: "异议审查 Where an objection to the ruling stands",
  valuesConfig: {
    FILED: { description: "已提出" },
    UNDER_REVIEW: { description: "审查中" },
    RULING_UPHELD: { description: "异议不成立，裁定驳回异议: the ruling stands" },
    RULING_REVOKED: { description: "异议成立，撤销原裁定" },
  },
});
