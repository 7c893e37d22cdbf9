// Apache ECharts, bundled (no CDN) and loaded only with this chart: the figures of the table beside it.
import { BarChart, LineChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from "echarts/components";
import { init, use, type ECharts } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent, SVGRenderer]);

export interface ChartSeries {
  title: string;
  groups: string[];
  received: number[];
  resolved: number[];
  overdue: number[];
  /** 化解率 in percent, null where nothing was received. */
  rate: (number | null)[];
}

/**
 * Bars of 受理数, 化解数 and 超期数 with the 化解率 line. The chart's ARIA description (written by
 * ECharts from its own data) names every group's figure, for screen readers and for the check
 * that the chart and the table agree.
 */
export default function StatisticsChart({ data }: { data: ChartSeries }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | undefined>(undefined);

  useEffect(() => {
    if (!element.current) return;
    const instance = init(element.current, undefined, { renderer: "svg", locale: "ZH" });
    chart.current = instance;
    const resize = () => instance.resize();
    addEventListener("resize", resize);
    return () => {
      removeEventListener("resize", resize);
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        title: { text: data.title, left: "center", textStyle: { fontSize: 14 } },
        aria: { enabled: true, data: { maxCount: 200, excludeDimensionId: [0] } },
        tooltip: { trigger: "axis" },
        legend: { top: 28 },
        grid: { top: 64, left: 48, right: 56, bottom: 48 },
        xAxis: { type: "category", data: data.groups, axisLabel: { interval: 0, rotate: data.groups.length > 8 ? 30 : 0 } },
        yAxis: [
          { type: "value", name: "件", minInterval: 1 },
          { type: "value", name: "化解率（%）", min: 0, max: 100 },
        ],
        series: [
          { name: "受理数", type: "bar", data: data.received },
          { name: "化解数", type: "bar", data: data.resolved },
          { name: "超期数", type: "bar", data: data.overdue },
          { name: "化解率", type: "line", yAxisIndex: 1, data: data.rate },
        ],
      },
      { notMerge: true },
    );
  }, [data]);

  return <div ref={element} role="img" data-chart="statistics" style={{ width: "100%", height: 360 }} />;
}
