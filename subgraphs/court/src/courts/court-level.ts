import { registerEnumType } from "type-graphql";
import { $Enums } from "../../generated/client";

export const CourtLevel = $Enums.CourtLevel;
export type CourtLevel = $Enums.CourtLevel;

registerEnumType(CourtLevel, {
  name: "CourtLevel",
  description: "法院级别 Level of a people's court",
  valuesConfig: {
    BASIC: { description: "基层人民法院 basic court" },
    INTERMEDIATE: { description: "中级人民法院 intermediate court" },
    HIGH: { description: "高级人民法院 high court" },
  },
});
