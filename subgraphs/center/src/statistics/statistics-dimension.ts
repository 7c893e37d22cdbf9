import { registerEnumType } from "type-graphql";

/** What a statistics row groups by. */
export enum StatisticsDimension {
  NONE = "NONE",
  CATEGORY = "CATEGORY",
  CHANNEL = "CHANNEL",
  SUBDIVISION = "SUBDIVISION",
  MONTH = "MONTH",
}

registerEnumType(StatisticsDimension, {
  name: "StatisticsDimension",
  description: "统计维度 How statistics rows are grouped",
  valuesConfig: {
    NONE: { description: "合计 One row for the whole jurisdiction and period" },
    CATEGORY: { description: "按纠纷类别" },
    CHANNEL: { description: "按受理渠道" },
    SUBDIVISION: { description: "按下一级区划 (league, county or township below the jurisdiction asked for)" },
    MONTH: { description: "按受理月份 (Asia/Shanghai), YYYY-MM" },
  },
});
