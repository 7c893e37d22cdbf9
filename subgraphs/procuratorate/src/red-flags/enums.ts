import { registerEnumType } from "type-graphql";

export const RedFlagCode = {
  RELATED_PARTIES: "RELATED_PARTIES",
  AMOUNT_OUT_OF_LINE: "AMOUNT_OUT_OF_LINE",
  QUICK_AGREEMENT: "QUICK_AGREEMENT",
  HIGH_RISK_CATEGORY: "HIGH_RISK_CATEGORY",
  REPEAT_MEDIATOR: "REPEAT_MEDIATOR",
} as const;

export const RedFlagSeverity = { LOW: "LOW", MEDIUM: "MEDIUM", HIGH: "HIGH" } as const;

registerEnumType(RedFlagCode, {
  name: "RedFlagCode",
  description: "虚假调解风险特征 A false-mediation red flag; stable codes",
  valuesConfig: {
    RELATED_PARTIES: { description: "当事人存在关联 the parties are one person or share a phone, address or agent" },
    AMOUNT_OUT_OF_LINE: {
      description: "金额明显异常 the amount is out of line with the applicant or the county's disputes of the category",
    },
    QUICK_AGREEMENT: { description: "快速达成协议 agreement within hours of receipt" },
    HIGH_RISK_CATEGORY: { description: "高发领域 a category where false litigation is common" },
    REPEAT_MEDIATOR: { description: "反复使用同一调解组织 the same applicant before the same committee again and again" },
  },
});

registerEnumType(RedFlagSeverity, {
  name: "RedFlagSeverity",
  description: "风险等级 How strongly a red flag points to false mediation",
  valuesConfig: { LOW: { description: "低" }, MEDIUM: { description: "中" }, HIGH: { description: "高" } },
});
