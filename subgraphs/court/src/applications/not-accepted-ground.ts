import { registerEnumType } from "type-graphql";
import { $Enums } from "../../generated/client";

export const NotAcceptedGround = $Enums.NotAcceptedGround;
export type NotAcceptedGround = $Enums.NotAcceptedGround;

/** 民诉法解释 355 */
export const NOT_ACCEPTED_GROUND_LABELS: Record<NotAcceptedGround, string> = {
  OUTSIDE_REMIT_OR_JURISDICTION: "不属于人民法院受理范围或者不属于收到申请的人民法院管辖",
  STATUS_RELATIONSHIP: "请求确认婚姻关系、亲子关系、收养关系等身份关系无效、有效或者解除",
  OTHER_SPECIAL_PROCEDURE: "涉及适用其他特别程序",
  PUBLIC_SUMMONS_OR_BANKRUPTCY: "涉及公示催告程序或者破产程序",
  PROPERTY_OR_IP_TITLE: "调解协议内容涉及物权、知识产权确权",
};

registerEnumType(NotAcceptedGround, {
  name: "NotAcceptedGround",
  description: "裁定不予受理的理由 Why a court does not accept a confirmation application (民诉法解释 355)",
  valuesConfig: {
    OUTSIDE_REMIT_OR_JURISDICTION: {
      description: "不属于人民法院受理范围或本院管辖 outside the courts' remit or this court's jurisdiction",
    },
    STATUS_RELATIONSHIP: { description: "婚姻、亲子、收养等身份关系 a status relationship (marriage, parentage, adoption)" },
    OTHER_SPECIAL_PROCEDURE: { description: "涉及其他特别程序 another special procedure" },
    PUBLIC_SUMMONS_OR_BANKRUPTCY: { description: "涉及公示催告或破产程序 public summons or bankruptcy" },
    PROPERTY_OR_IP_TITLE: { description: "涉及物权、知识产权确权 title to property or intellectual property" },
  },
});
