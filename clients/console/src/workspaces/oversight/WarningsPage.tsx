import { Card, Empty, List, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { navigate } from "../../app/router";
import { useSession } from "../../app/session-context";
import { DivisionPicker } from "../../forms/DivisionPicker";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { Centres, DeadlineReminders, EarlyWarnings } from "../../graph/oversight-operations";
import type { ReminderRow, WarningRow } from "../../graph/oversight-types";
import type { DisputeCategory } from "../../graph/types";
import { useQuery } from "../../graph/use-query";
import { CATEGORY, DEADLINE_STAGE, DISPUTE_STATUS, formatTime } from "../../labels/zh";
import { REMINDER_COLOR, REMINDER_LEVEL, WARNING_KIND } from "../../labels/oversight-zh";
import { PageTitle } from "../../layout/PageTitle";

function Reminders() {
  const { user } = useSession();
  const centres = useQuery(Centres, { divisionCode: user.jurisdictionCode });
  const [centreId, setCentreId] = useState<string | undefined>(user.organisationId ?? undefined);
  const reminders = useQuery(DeadlineReminders, { first: 50, centreId: centreId ?? "" }, !centreId);
  return (
    <Card
      title="督办提醒"
      style={{ marginBottom: 16 }}
      extra={
        <Select
          aria-label="提醒所属综治中心"
          style={{ width: 300 }}
          placeholder="选择综治中心"
          value={centreId}
          onChange={setCentreId}
          loading={centres.loading}
          options={(centres.data?.centres ?? []).map((centre) => ({ value: centre.id, label: centre.name }))}
        />
      }
    >
      {reminders.refusal && <RefusalAlert problems={reminders.refusal.problems} />}
      <Table<ReminderRow>
        rowKey="id"
        size="small"
        loading={reminders.loading && !!centreId}
        dataSource={reminders.data?.deadlineReminders ?? []}
        locale={{ emptyText: centreId ? "暂无提醒" : "请选择综治中心" }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          { title: "级别", render: (_, r) => <Tag color={REMINDER_COLOR[r.level]}>{REMINDER_LEVEL[r.level] ?? r.level}</Tag> },
          { title: "纠纷编号", render: (_, r) => r.dispute?.number ?? "—" },
          { title: "阶段", render: (_, r) => DEADLINE_STAGE[r.stage] },
          { title: "期限", render: (_, r) => formatTime(r.dueAt) },
          { title: "提醒时间", render: (_, r) => formatTime(r.remindedAt) },
          { title: "综治中心", render: (_, r) => r.centre.name },
        ]}
      />
    </Card>
  );
}

function WarningCard({ warning }: { warning: WarningRow }) {
  return (
    <Card
      size="small"
      type="inner"
      title={`${WARNING_KIND[warning.kind] ?? warning.kind}：${warning.count} 件（阈值 ${warning.threshold}）`}
    >
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        {warning.placeCode && <>地点 {warning.placeCode} · </>}
        {warning.category && <>类别 {CATEGORY[warning.category as DisputeCategory] ?? warning.category} · </>}
        统计期 {formatTime(warning.windowFrom)} 至 {formatTime(warning.windowTo)}
      </Typography.Paragraph>
      {warning.markers.length > 0 && (
        <Space wrap style={{ marginBottom: 4 }}>
          {warning.markers.map((marker) => (
            <Tag key={marker} color="volcano">
              {marker}
            </Tag>
          ))}
        </Space>
      )}
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        依据：{warning.basis}
      </Typography.Paragraph>
      <Typography.Text>证据：</Typography.Text>
      <Space wrap>
        {warning.disputes.map((d) => (
          <a
            key={d.id}
            href={`${import.meta.env.BASE_URL}case/${d.id}`}
            onClick={(event) => {
              event.preventDefault();
              navigate(`/case/${d.id}`);
            }}
          >
            {d.number}（{DISPUTE_STATUS[d.status as keyof typeof DISPUTE_STATUS] ?? d.status}）
          </a>
        ))}
      </Space>
    </Card>
  );
}

function Warnings() {
  const { user } = useSession();
  const [place, setPlace] = useState<string[]>([]);
  const warnings = useQuery(EarlyWarnings, { jurisdictionCode: place.at(-1) ?? user.jurisdictionCode });
  const rows = warnings.data?.earlyWarnings ?? [];
  return (
    <Card
      title="预警"
      extra={
        <div style={{ width: 300 }}>
          <DivisionPicker anyLevel aria-label="预警辖区" value={place} onChange={setPlace} />
        </div>
      }
    >
      {warnings.refusal && <RefusalAlert problems={warnings.refusal.problems} />}
      {rows.length === 0 && !warnings.loading ? (
        <Empty description="暂无预警" />
      ) : (
        <List
          loading={warnings.loading}
          dataSource={rows}
          renderItem={(warning, i) => (
            <List.Item key={i}>
              <div style={{ width: "100%" }}>
                <WarningCard warning={warning} />
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

/** 提醒与预警: the reminders recorded for a centre, and the early warnings of a jurisdiction with their evidence. */
export default function WarningsPage() {
  return (
    <>
      <PageTitle title="提醒与预警" />
      <Reminders />
      <Warnings />
    </>
  );
}
