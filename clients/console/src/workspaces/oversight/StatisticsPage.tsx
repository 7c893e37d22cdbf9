import { Breadcrumb, Button, Card, DatePicker, Segmented, Space, Spin, Table, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { lazy, Suspense, useMemo, useState } from "react";
import { useSession } from "../../app/session-context";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { DisputeStatistics } from "../../graph/oversight-operations";
import type { StatisticsDimension, StatisticsRow } from "../../graph/oversight-types";
import { useQuery } from "../../graph/use-query";
import { DIMENSION, DIVISION_LEVEL } from "../../labels/oversight-zh";
import { PageTitle } from "../../layout/PageTitle";
import { columnsFor, groupLabel, toCsv } from "./statistics-table";

// ECharts is loaded with the chart, not with the console's first page.
const StatisticsChart = lazy(() => import("./StatisticsChart"));

type GroupBy = Exclude<StatisticsDimension, "NONE">;
interface Level {
  code: string;
  name: string;
}

const TOWNSHIP_CODE_LENGTH = 9;

/** The first and the last day shown: the last 365 days, today included. */
function defaultPeriod(): [Dayjs, Dayjs] {
  const today = dayjs().startOf("day");
  return [today.subtract(364, "day"), today];
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** 统计分析: received, resolved, 化解率, time to resolution and overdue, by level (drilling down the divisions), category, channel or month. */
export default function StatisticsPage() {
  const { user } = useSession();
  const [path, setPath] = useState<Level[]>([
    { code: user.jurisdictionCode, name: DIVISION_LEVEL[user.jurisdictionCode.length] ?? "本辖区" },
  ]);
  const [groupBy, setGroupBy] = useState<GroupBy>("SUBDIVISION");
  const [period, setPeriod] = useState<[Dayjs, Dayjs]>(defaultPeriod);
  const here = path[path.length - 1] ?? { code: user.jurisdictionCode, name: "本辖区" };
  // Periods are instants [from, to): local midnight of the first day to local midnight after the last (docs/statistics.md).
  const input = {
    jurisdictionCode: here.code,
    from: period[0].startOf("day").toISOString(),
    to: period[1].add(1, "day").startOf("day").toISOString(),
    groupBy,
  };
  const stats = useQuery(DisputeStatistics, { input });
  // The figures on screen are those of the level and grouping asked for, never the previous answer's under a new heading.
  const answer = stats.data?.disputeStatistics;
  const result = answer && answer.jurisdictionCode === here.code && answer.groupBy === groupBy ? answer : undefined;
  const rows = useMemo(() => result?.rows ?? [], [result]);
  const columns = columnsFor(groupBy);
  const canDrill = groupBy === "SUBDIVISION" && here.code.length < TOWNSHIP_CODE_LENGTH;

  const chartData = useMemo(
    () => ({
      title: `${path.map((level) => level.name).join(" / ")} ${DIMENSION[groupBy]}`,
      groups: rows.map((row) => groupLabel(groupBy, row)),
      received: rows.map((row) => row.received),
      resolved: rows.map((row) => row.resolved),
      overdue: rows.map((row) => row.overdue),
      rate: rows.map((row) =>
        row.resolutionRate === null || row.resolutionRate === undefined ? null : Math.round(row.resolutionRate * 1000) / 10,
      ),
    }),
    [rows, groupBy, path],
  );

  const drill = (row: StatisticsRow) => {
    setPath([...path, { code: row.key, name: row.label ?? row.key }]);
  };

  return (
    <>
      <PageTitle
        title="统计分析"
        extra={
          <Space wrap>
            <DatePicker.RangePicker
              aria-label="统计期间"
              allowClear={false}
              value={period}
              onChange={(range) => {
                const [from, to] = range ?? [];
                if (from && to) setPeriod([from, to]);
              }}
            />
            <Button
              disabled={!result}
              onClick={() => result && download(`纠纷统计-${here.name}-${DIMENSION[groupBy]}.csv`, toCsv(groupBy, rows, result.total))}
            >
              导出 CSV
            </Button>
          </Space>
        }
      />
      <Space direction="vertical" style={{ width: "100%" }} size={16}>
        <Space wrap style={{ justifyContent: "space-between", width: "100%" }}>
          <Breadcrumb
            aria-label="辖区层级"
            items={path.map((level, i) => ({
              key: level.code,
              title:
                i < path.length - 1 ? (
                  <a
                    href="#"
                    onClick={(event) => {
                      event.preventDefault();
                      setPath(path.slice(0, i + 1));
                    }}
                  >
                    {level.name}
                  </a>
                ) : (
                  level.name
                ),
            }))}
          />
          <Segmented<GroupBy>
            aria-label="分组方式"
            value={groupBy}
            onChange={setGroupBy}
            options={(Object.keys(DIMENSION) as GroupBy[]).map((value) => ({ value, label: DIMENSION[value] }))}
          />
        </Space>
        {stats.refusal && <RefusalAlert problems={stats.refusal.problems} />}
        {result && (
          <Typography.Text aria-label="合计">
            合计：受理 {result.total.received} 件，化解 {result.total.resolved} 件，化解率 {columns[3]?.value(result.total)}，超期{" "}
            {result.total.overdue} 件
          </Typography.Text>
        )}
        <Card size="small">
          <Suspense fallback={<Spin tip="正在加载图表…" />}>{result && <StatisticsChart data={chartData} />}</Suspense>
        </Card>
        <Table<StatisticsRow>
          aria-label="统计表"
          rowKey="key"
          size="small"
          bordered
          loading={stats.loading}
          dataSource={rows}
          pagination={false}
          columns={columns.map((column, i) => ({
            key: column.key,
            title: column.title,
            align: i === 0 ? ("left" as const) : ("right" as const),
            render: (_: unknown, row: StatisticsRow) =>
              i === 0 && canDrill ? (
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => drill(row)} aria-label={`下钻 ${column.value(row)}`}>
                  {column.value(row)}
                </Button>
              ) : (
                column.value(row)
              ),
          }))}
          summary={() =>
            result ? (
              <Table.Summary.Row>
                {columns.map((column, i) => (
                  <Table.Summary.Cell key={column.key} index={i} align={i === 0 ? "left" : "right"}>
                    {column.value(result.total)}
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            ) : null
          }
        />
      </Space>
    </>
  );
}
