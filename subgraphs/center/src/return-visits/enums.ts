import { registerEnumType } from "type-graphql";
import { $Enums } from "../../generated/client";

export const ReturnVisitOutcome = $Enums.ReturnVisitOutcome;
export type ReturnVisitOutcome = $Enums.ReturnVisitOutcome;
export const ReturnVisitSatisfaction = $Enums.ReturnVisitSatisfaction;
export type ReturnVisitSatisfaction = $Enums.ReturnVisitSatisfaction;
export const ContactMethod = $Enums.ContactMethod;
export type ContactMethod = $Enums.ContactMethod;

registerEnumType(ReturnVisitOutcome, {
  name: "ReturnVisitOutcome",
  description: "回访结果 Whether what was agreed or ruled has been carried out",
  valuesConfig: {
    PERFORMED: { description: "已履行" },
    PARTLY_PERFORMED: { description: "部分履行" },
    NOT_PERFORMED: { description: "未履行" },
  },
});
registerEnumType(ReturnVisitSatisfaction, {
  name: "ReturnVisitSatisfaction",
  description: "满意度",
  valuesConfig: {
    SATISFIED: { description: "满意" },
    BASICALLY_SATISFIED: { description: "基本满意" },
    DISSATISFIED: { description: "不满意" },
  },
});
registerEnumType(ContactMethod, { name: "ContactMethod", description: "联系方式 How a party was reached" });
