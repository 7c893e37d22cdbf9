import { registerEnumType } from "type-graphql";
import { $Enums } from "../../generated/client";

export const DeadlineStage = $Enums.DeadlineStage;
export type DeadlineStage = $Enums.DeadlineStage;
export const ReminderLevel = $Enums.ReminderLevel;
export type ReminderLevel = $Enums.ReminderLevel;

export enum EarlyWarningKind {
  REPEATED_PARTY = "REPEATED_PARTY",
  REPEATED_PLACE = "REPEATED_PLACE",
  CATEGORY_CLUSTER = "CATEGORY_CLUSTER",
  ESCALATION_RISK = "ESCALATION_RISK",
}

registerEnumType(DeadlineStage, {
  name: "DeadlineStage",
  description: "督办 A stage of a dispute that runs against a time limit",
  valuesConfig: {
    ROUTE: { description: "分流 the handling centre routes it (信访工作条例 art 22)" },
    RESPOND: { description: "接收 the organisation it was routed to accepts or objects (art 23)" },
    HANDLE: { description: "办理调解 the organisation that accepted it handles or mediates it" },
    CONCLUDE: { description: "办结答复 the matter is concluded and answered (art 34)" },
  },
});

registerEnumType(ReminderLevel, {
  name: "ReminderLevel",
  description: "督办提醒 How pressing a reminder is",
  valuesConfig: {
    APPROACHING: { description: "临期 the limit is near" },
    OVERDUE: { description: "超期 the limit has passed" },
    ESCALATED: { description: "超期上报 overdue past the grace period; the centre above is told (and takes the case where it can)" },
  },
});

registerEnumType(EarlyWarningKind, {
  name: "EarlyWarningKind",
  description: "预警 Kinds of early warning",
  valuesConfig: {
    REPEATED_PARTY: { description: "重复纠纷 the same person in several disputes within the window" },
    REPEATED_PLACE: { description: "多发 many disputes in one township within the window" },
    CATEGORY_CLUSTER: { description: "类案聚集 disputes of one category clustering in one township" },
    ESCALATION_RISK: { description: "激化风险 many parties, repeated escalations, or overdue in a sensitive category" },
  },
});
