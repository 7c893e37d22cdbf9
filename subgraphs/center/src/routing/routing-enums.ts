import { registerEnumType } from "type-graphql";
import { $Enums } from "../../generated/client";
import type { DisputeCategory } from "../disputes/enums";

export const StationingMode = $Enums.StationingMode;
export type StationingMode = $Enums.StationingMode;
export const HandlingTier = $Enums.HandlingTier;
export type HandlingTier = $Enums.HandlingTier;
export const HandlingComplexity = $Enums.HandlingComplexity;
export type HandlingComplexity = $Enums.HandlingComplexity;
export const RoutingStatus = $Enums.RoutingStatus;
export type RoutingStatus = $Enums.RoutingStatus;
export const HandlingDepartment = $Enums.HandlingDepartment;
export type HandlingDepartment = $Enums.HandlingDepartment;

export const RoutingDecision = { ACCEPT: "ACCEPT", RETURN: "RETURN" } as const;
export type RoutingDecision = (typeof RoutingDecision)[keyof typeof RoutingDecision];

/** Chinese labels for case-file lines. */
export const STATIONING_MODE_ZH: Record<StationingMode, string> = {
  PERMANENT: "常驻",
  ROTATION: "轮驻",
  ON_CALL: "随驻",
  INVITED: "特邀",
};

export const HANDLING_TIER_ZH: Record<HandlingTier, string> = {
  STATIONED: "驻点部门现场调处",
  LINKED: "联动部门联合调处",
  EXPERT: "专业力量共同调处",
};

export const HANDLING_DEPARTMENT_ZH: Record<HandlingDepartment, string> = {
  CENTER: "综治中心",
  JUSTICE: "司法行政",
  COURT: "人民法院",
};

export const DISPUTE_CATEGORY_ZH: Record<DisputeCategory, string> = {
  TRAFFIC_ACCIDENT: "交通事故",
  NEIGHBOUR: "邻里",
  FAMILY: "家庭",
  MARRIAGE: "婚姻",
  LABOUR_WAGES: "劳动报酬",
  PRIVATE_LENDING: "民间借贷",
  CONTRACT: "合同",
  PROPERTY: "物业/财产",
  LAND: "土地/草场",
  CONSUMER: "消费",
  MEDICAL: "医疗",
  OTHER: "其他",
};

registerEnumType(StationingMode, {
  name: "StationingMode",
  description: "入驻方式 How the handling department sits at the centre",
  valuesConfig: {
    PERMANENT: { description: "常驻 stationed permanently" },
    ROTATION: { description: "轮驻 stationed by rotation" },
    ON_CALL: { description: "随驻 comes when called" },
    INVITED: { description: "特邀 invited" },
  },
});

registerEnumType(HandlingTier, {
  name: "HandlingTier",
  description: "三级调处 The tier of handling a case is routed to",
  valuesConfig: {
    STATIONED: { description: "驻点部门现场调处 the stationed department, on site" },
    LINKED: { description: "联动部门联合调处 linked departments, jointly" },
    EXPERT: { description: "专业力量共同调处 professional teams (expert pools), together" },
  },
});

registerEnumType(HandlingComplexity, {
  name: "HandlingComplexity",
  description: "繁简分流 How complex a routed case is: picks the routing centre's local handling limit (CENTER_HANDLING_TIERS_FILE)",
  valuesConfig: {
    SIMPLE: { description: "简易 a simple matter (e.g. 1 day)" },
    ORDINARY: { description: "一般 an ordinary dispute (e.g. 7 days); the tier used when none is set" },
    COMPLEX: { description: "复杂 a complex dispute (e.g. 20 days)" },
  },
});

registerEnumType(RoutingStatus, {
  name: "RoutingStatus",
  description: "分流状态 Where a routing stands",
  valuesConfig: {
    PENDING: { description: "待接收 awaiting the receiving organisation's answer" },
    ACCEPTED: { description: "已接收 accepted; the organisation handles the case" },
    RETURNED: { description: "已退回 returned with a reason (信访工作条例 art 23); the case is back in the centre's queue" },
    ESCALATED: { description: "已上交 closed because the case was escalated to the centre above" },
    WITHDRAWN: { description: "已撤回 withdrawn by the centre before an answer" },
  },
});

registerEnumType(RoutingDecision, {
  name: "RoutingDecision",
  description: "承办单位的答复 The receiving organisation's answer to a routing",
  valuesConfig: {
    ACCEPT: { description: "接收" },
    RETURN: { description: "退回 (信访工作条例 art 23)" },
  },
});
