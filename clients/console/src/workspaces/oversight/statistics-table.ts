// The statistics table's columns, shared by the table on screen, the chart beside it and the CSV export.
import type { StatisticsDimension, StatisticsRow } from "../../graph/oversight-types";
import type { DisputeCategory, DisputeChannel } from "../../graph/types";
import { CATEGORY, CHANNEL } from "../../labels/zh";

export interface Column {
  key: string;
  title: string;
  value: (row: StatisticsRow) => string | number;
}

const days = (value: number | null | undefined) => (value === null || value === undefined ? "—" : value.toFixed(1));

/** 化解率 as a percentage with one decimal; "—" when nothing was received. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? "—" : `${(rate * 100).toFixed(1)}%`;
}

/** The group's name as the dashboard shows it: the division's name, the category or channel in Chinese, the month. */
export function groupLabel(groupBy: StatisticsDimension, row: StatisticsRow): string {
  if (row.key === "ALL") return "合计";
  if (groupBy === "SUBDIVISION") return row.label ?? row.key;
  if (groupBy === "CATEGORY") return CATEGORY[row.key as DisputeCategory] ?? row.key;
  if (groupBy === "CHANNEL") return CHANNEL[row.key as DisputeChannel] ?? row.key;
  return row.key;
}

export function columnsFor(groupBy: StatisticsDimension): Column[] {
  const group = { SUBDIVISION: "区划", CATEGORY: "纠纷类别", CHANNEL: "受理渠道", MONTH: "受理月份", NONE: "范围" }[groupBy];
  return [
    { key: "group", title: group, value: (row) => groupLabel(groupBy, row) },
    { key: "received", title: "受理数", value: (row) => row.received },
    { key: "resolved", title: "化解数", value: (row) => row.resolved },
    { key: "resolutionRate", title: "化解率", value: (row) => formatRate(row.resolutionRate) },
    { key: "p50", title: "化解用时中位数（天）", value: (row) => days(row.resolutionDaysP50) },
    { key: "p90", title: "化解用时90分位（天）", value: (row) => days(row.resolutionDaysP90) },
    { key: "overdue", title: "超期数", value: (row) => row.overdue },
  ];
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV: UTF-8 with a byte-order mark (so spreadsheet software reads the Chinese headers), CRLF lines, the total last. */
export function toCsv(groupBy: StatisticsDimension, rows: StatisticsRow[], total: StatisticsRow): string {
  const columns = columnsFor(groupBy);
  const lines = [
    columns.map((column) => csvCell(column.title)),
    ...[...rows, total].map((row) => columns.map((c) => csvCell(c.value(row)))),
  ];
  return `\uFEFF${lines.map((cells) => cells.join(",")).join("\r\n")}\r\n`;
}
