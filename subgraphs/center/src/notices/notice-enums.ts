import { registerEnumType } from "type-graphql";
import { $Enums } from "../../generated/client";

export const NoticeMethod = $Enums.NoticeMethod;
export type NoticeMethod = $Enums.NoticeMethod;

export const NOTICE_METHOD_ZH: Record<NoticeMethod, string> = { IN_PERSON: "当面送达", POST: "邮寄", SMS: "短信", ONLINE: "网上告知" };

registerEnumType(NoticeMethod, {
  name: "NoticeMethod",
  description: "书面告知方式 How the written notice reached the petitioner (信访工作条例 art 23)",
  valuesConfig: {
    IN_PERSON: { description: "当面送达 handed over in person" },
    POST: { description: "邮寄 by post" },
    SMS: { description: "短信 by text message" },
    ONLINE: { description: "网上告知 through the online platform" },
  },
});
