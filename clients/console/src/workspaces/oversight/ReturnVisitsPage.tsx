import { Alert, Button, Space, Table, Tag } from "antd";
import { useState } from "react";
import { useSession } from "../../app/session-context";
import { DivisionPicker } from "../../forms/DivisionPicker";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { ResolvedDisputes } from "../../graph/oversight-operations";
import type { ResolvedDisputeRow } from "../../graph/oversight-types";
import { useQuery } from "../../graph/use-query";
import { CATEGORY, formatTime } from "../../labels/zh";
import { RETURN_VISIT_OUTCOME, SATISFACTION } from "../../labels/oversight-zh";
import { CursorPager } from "../../layout/CursorPager";
import { PageTitle } from "../../layout/PageTitle";
import { CloseDialog, ReturnVisitDialog } from "./ReturnVisitDialogs";

/** 回访结案: resolved disputes awaiting their return visit and closing, with the visit's due date. */
export default function ReturnVisitsPage() {
  const { user } = useSession();
  const [place, setPlace] = useState<string[]>([]);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [acting, setActing] = useState<{ kind: "visit" | "close"; dispute: ResolvedDisputeRow }>();
  const [done, setDone] = useState<string>();
  const after = cursors[cursors.length - 1] ?? null;
  const page = useQuery(ResolvedDisputes, {
    first: 20,
    after,
    filter: { status: "RESOLVED", placeCode: place.at(-1) ?? user.jurisdictionCode },
  });
  const rows = page.data?.disputes.nodes ?? [];
  const finish = (message: string) => {
    setActing(undefined);
    setDone(message);
    page.reload();
  };
  return (
    <>
      <PageTitle
        title="回访结案"
        count={rows.length}
        extra={
          <div style={{ width: 320 }}>
            <DivisionPicker
              anyLevel
              aria-label="按发生地筛选"
              value={place}
              onChange={(next) => {
                setPlace(next);
                setCursors([null]);
              }}
            />
          </div>
        }
      />
      {done && <Alert type="success" showIcon title={done} closable onClose={() => setDone(undefined)} style={{ marginBottom: 12 }} />}
      {page.refusal && <RefusalAlert problems={page.refusal.problems} />}
      <Table<ResolvedDisputeRow>
        rowKey="id"
        size="small"
        loading={page.loading}
        dataSource={rows}
        pagination={false}
        columns={[
          { title: "纠纷编号", dataIndex: "number" },
          { title: "类别", render: (_, d) => CATEGORY[d.category] },
          { title: "承办中心", render: (_, d) => d.handlingCentre?.name ?? "—" },
          { title: "化解时间", render: (_, d) => formatTime(d.resolvedAt) },
          {
            title: "回访期限",
            render: (_, d) => (
              <>
                {formatTime(d.returnVisitDueAt)}
                {!d.returnVisit && d.returnVisitDueAt && new Date(d.returnVisitDueAt) < new Date() && <Tag color="red">已逾期</Tag>}
              </>
            ),
          },
          {
            title: "回访",
            render: (_, d) =>
              d.returnVisit
                ? `${formatTime(d.returnVisit.visitedAt)} · ${RETURN_VISIT_OUTCOME[d.returnVisit.outcome]} · ${SATISFACTION[d.returnVisit.satisfaction]}`
                : "未回访",
          },
          {
            title: "操作",
            render: (_, d) => (
              <Space>
                <Button
                  size="small"
                  disabled={!!d.returnVisit}
                  onClick={() => setActing({ kind: "visit", dispute: d })}
                  aria-label={`回访 ${d.number}`}
                >
                  回访
                </Button>
                <Button size="small" onClick={() => setActing({ kind: "close", dispute: d })} aria-label={`结案 ${d.number}`}>
                  结案
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <CursorPager
        cursors={cursors}
        endCursor={page.data?.disputes.pageInfo.endCursor ?? null}
        hasNextPage={page.data?.disputes.pageInfo.hasNextPage ?? false}
        onChange={setCursors}
      />
      {acting?.kind === "visit" && <ReturnVisitDialog dispute={acting.dispute} onClose={() => setActing(undefined)} onDone={finish} />}
      {acting?.kind === "close" && <CloseDialog dispute={acting.dispute} onClose={() => setActing(undefined)} onDone={finish} />}
    </>
  );
}
