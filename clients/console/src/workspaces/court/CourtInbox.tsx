import { Button, Card, Space, Table, Tag } from "antd";
import { useState } from "react";
import { navigate } from "../../app/router";
import { useSession } from "../../app/session-context";
import { Courts, CourtDisputes } from "../../graph/operations";
import { useQuery } from "../../graph/use-query";
import type { CourtDisputeRow } from "../../graph/types";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { CATEGORY, CONFIRMATION_STATUS, formatTime } from "../../labels/zh";
import { CursorPager } from "../../layout/CursorPager";
import { PageTitle } from "../../layout/PageTitle";
import { DivisionPicker } from "../../forms/DivisionPicker";
import { FileApplicationDialog } from "./FileApplicationDialog";
import { remaining } from "./remaining";

const OPEN = new Set(["FILED", "ACCEPTED", "UNDER_REVIEW"]);

/** 司法确认待办: effective agreements to file, applications to accept within 3 days, reviews and rulings. */
export default function CourtInbox() {
  const { user } = useSession();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [place, setPlace] = useState<string[]>([]);
  const after = cursors[cursors.length - 1] ?? null;
  const page = useQuery(CourtDisputes, { first: 20, after, filter: { placeCode: place.at(-1) ?? user.jurisdictionCode } });
  const courts = useQuery(Courts, { divisionCode: user.jurisdictionCode });
  const [filing, setFiling] = useState<{ dispute: CourtDisputeRow; mediationCaseId: string }>();
  const rows = page.data?.disputes.nodes ?? [];
  const ownCourts = (courts.data?.courts ?? []).filter((court) => court.id === user.organisationId);

  const toFile = rows.flatMap((dispute) =>
    (dispute.mediationCases ?? [])
      .filter(
        (m) =>
          m.agreement?.status === "EFFECTIVE" &&
          !(dispute.confirmationApplications ?? []).some((a) => a.status !== "WITHDRAWN" && a.status !== "NOT_ACCEPTED"),
      )
      .map((m) => ({ dispute, mediation: m })),
  );
  const applications = rows.flatMap((dispute) =>
    (dispute.confirmationApplications ?? []).filter((a) => OPEN.has(a.status)).map((a) => ({ dispute, application: a })),
  );

  return (
    <>
      <PageTitle
        title="司法确认待办"
        count={toFile.length + applications.length}
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
      <RefusalAlert problems={page.refusal?.problems ?? []} />
      <Card title={`待办申请（${applications.length}）`} style={{ marginBottom: 16 }}>
        <Table
          rowKey={(row) => row.application.id}
          loading={page.loading}
          dataSource={applications}
          pagination={false}
          columns={[
            { title: "纠纷编号", render: (_, row) => row.dispute.number },
            { title: "案号", render: (_, row) => row.application.caseNumber ?? "未立案" },
            { title: "状态", render: (_, row) => <Tag color="blue">{CONFIRMATION_STATUS[row.application.status]}</Tag> },
            { title: "申请时间", render: (_, row) => formatTime(row.application.filedAt) },
            {
              title: "受理期限（3 日）",
              render: (_, row) => {
                if (row.application.status !== "FILED") return "已决定";
                const left = remaining(row.application.acceptanceDueAt);
                return <Tag color={left.overdue ? "red" : "gold"}>{left.text}</Tag>;
              },
            },
            {
              title: "操作",
              render: (_, row) => (
                <Button
                  type="primary"
                  onClick={() => navigate(`/court/application/${row.application.id}`)}
                  aria-label={`办理 ${row.dispute.number}`}
                >
                  办理
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Card title={`已生效调解协议（可申请司法确认，${toFile.length}）`}>
        <Table
          rowKey={(row) => row.mediation.id}
          loading={page.loading}
          dataSource={toFile}
          pagination={false}
          columns={[
            { title: "纠纷编号", render: (_, row) => row.dispute.number },
            { title: "类别", render: (_, row) => CATEGORY[row.dispute.category] },
            { title: "调解委员会", render: (_, row) => row.mediation.committee.name },
            { title: "协议生效", render: (_, row) => formatTime(row.mediation.agreement?.effectiveAt) },
            {
              title: "操作",
              render: (_, row) => (
                <Space>
                  <Button
                    onClick={() => setFiling({ dispute: row.dispute, mediationCaseId: row.mediation.id })}
                    aria-label={`登记申请 ${row.dispute.number}`}
                  >
                    登记申请
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
      </Card>
      {filing && (
        <FileApplicationDialog
          dispute={filing.dispute}
          mediationCaseId={filing.mediationCaseId}
          courts={ownCourts.length ? ownCourts : (courts.data?.courts ?? [])}
          onClose={() => setFiling(undefined)}
          onFiled={(id) => navigate(`/court/application/${id}`)}
        />
      )}
    </>
  );
}
