import { registerEnumType } from "type-graphql";
import { $Enums } from "../../generated/client";

export const PerformanceStatus = $Enums.PerformanceStatus;
export type PerformanceStatus = $Enums.PerformanceStatus;

registerEnumType(PerformanceStatus, {
  name: "PerformanceStatus",
  description: "履行情况 How a term of an agreement in effect stands (人民调解法 art 31: the committee supervises performance)",
  valuesConfig: {
    PERFORMED: { description: "已履行" },
    PARTLY_PERFORMED: { description: "部分履行" },
    NOT_PERFORMED: { description: "未履行" },
  },
});
