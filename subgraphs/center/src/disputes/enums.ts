import { registerEnumType } from "type-graphql";
import { $Enums } from "../../generated/client";

export const DisputeChannel = $Enums.DisputeChannel;
export type DisputeChannel = $Enums.DisputeChannel;
export const DisputeCategory = $Enums.DisputeCategory;
export type DisputeCategory = $Enums.DisputeCategory;
export const DisputeStatus = $Enums.DisputeStatus;
export type DisputeStatus = $Enums.DisputeStatus;
export const PartyRole = $Enums.PartyRole;
export type PartyRole = $Enums.PartyRole;
export const PartyKind = $Enums.PartyKind;
export type PartyKind = $Enums.PartyKind;

registerEnumType(DisputeChannel, {
  name: "DisputeChannel",
  description: "受理渠道 How the dispute reached the hub",
  valuesConfig: {
    WALK_IN: { description: "来访 walk-in" },
    HOTLINE: { description: "热线 hotline" },
    QR_CODE: { description: "解纷码 QR code" },
    GRID_REPORT: { description: "网格员上报 grid worker's report" },
    ONLINE: { description: "网上 online" },
    PARTNER_SYSTEM: { description: "合作系统 partner system" },
    REFERRAL: { description: "移交 referral from another department" },
  },
});

registerEnumType(DisputeCategory, {
  name: "DisputeCategory",
  description: "纠纷类别 Category of dispute",
  valuesConfig: {
    TRAFFIC_ACCIDENT: { description: "交通事故" },
    NEIGHBOUR: { description: "邻里" },
    FAMILY: { description: "家庭" },
    MARRIAGE: { description: "婚姻" },
    LABOUR_WAGES: { description: "劳动报酬" },
    PRIVATE_LENDING: { description: "民间借贷" },
    CONTRACT: { description: "合同" },
    PROPERTY: { description: "物业/财产" },
    LAND: { description: "土地/草场" },
    CONSUMER: { description: "消费" },
    MEDICAL: { description: "医疗" },
    OTHER: { description: "其他" },
  },
});

registerEnumType(DisputeStatus, {
  name: "DisputeStatus",
  description: "纠纷状态 Where the dispute stands overall",
  valuesConfig: {
    RECEIVED: { description: "已受理 received (or returned), awaiting routing" },
    ROUTED: { description: "已分流 routed, awaiting the receiving organisation's answer" },
    IN_MEDIATION: {
      description: "调解中 in mediation",
      deprecationReason: "Never set; an accepted routing puts the dispute IN_HANDLING. Deprecated 2026-11-27",
    },
    IN_HANDLING: { description: "办理中 accepted by the organisation it was routed to, which now resolves it" },
    RESOLVED: { description: "已化解 resolved" },
    CLOSED: { description: "已办结 closed" },
    LINKED: { description: "已关联 another submission of a matter already recorded; handled under its survivor" },
    MERGED: { description: "已合并 recorded separately by mistake and merged into its survivor" },
  },
});

registerEnumType(PartyRole, {
  name: "PartyRole",
  description: "当事人地位 Role of a party",
  valuesConfig: {
    APPLICANT: { description: "申请人" },
    RESPONDENT: { description: "被申请人" },
    THIRD_PARTY: { description: "第三人" },
  },
});

registerEnumType(PartyKind, {
  name: "PartyKind",
  description: "Natural person or organisation",
  valuesConfig: { PERSON: { description: "自然人" }, ORGANISATION: { description: "法人或其他组织" } },
});
