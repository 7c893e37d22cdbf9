import { registerEnumType } from "type-graphql";
import { $Enums } from "../../generated/client";

export const RejectionGround = $Enums.RejectionGround;
export type RejectionGround = $Enums.RejectionGround;

/** 民诉法解释 358 */
export const REJECTION_GROUND_LABELS: Record<RejectionGround, string> = {
  VIOLATES_MANDATORY_LAW: "违反法律强制性规定",
  HARMS_STATE_PUBLIC_OR_OTHERS: "损害国家利益、社会公共利益、他人合法权益",
  VIOLATES_PUBLIC_ORDER_OR_MORALS: "违背公序良俗",
  NOT_VOLUNTARY: "违反自愿原则",
  UNCLEAR_CONTENT: "内容不明确",
  OTHER: "其他不能进行司法确认的情形",
};

registerEnumType(RejectionGround, {
  name: "RejectionGround",
  description: "驳回申请的理由 Why a court rejects a confirmation application (民诉法解释 358)",
  valuesConfig: {
    VIOLATES_MANDATORY_LAW: { description: "违反法律强制性规定 violates a mandatory provision of law" },
    HARMS_STATE_PUBLIC_OR_OTHERS: { description: "损害国家利益、社会公共利益、他人合法权益 harms state, public or others' interests" },
    VIOLATES_PUBLIC_ORDER_OR_MORALS: { description: "违背公序良俗 violates public order and good morals" },
    NOT_VOLUNTARY: { description: "违反自愿原则 violates the principle of voluntariness" },
    UNCLEAR_CONTENT: { description: "内容不明确 unclear in content" },
    OTHER: { description: "其他不能进行司法确认的情形 otherwise cannot be confirmed" },
  },
});
