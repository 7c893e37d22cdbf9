import { Space, Switch, Table, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { useSession } from "../../app/session-context";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { RedFlagScreening } from "../../graph/oversight-operations";
import type { ScreeningRow } from "../../graph/oversight-types";
import { useQuery } from "../../graph/use-query";
import { FlagsPanel } from "./FlagsPanel";
import { lastYear } from "./since";

/** 虚假调解筛查: the jurisdiction's confirmations (and, if asked, agreements only) scored against the red-flag rules. */
export function ScreeningTab() {
  const { user } = useSession();
  const since = useMemo(() => lastYear(), []);
  const [onlySuspicious, setOnlySuspicious] = useState(true);
  const [includeUnconfirmedAgreements, setIncludeAgreements] = useState(false);
  const screening = useQuery(RedFlagScreening, {
    first: 100,
    since,
    onlySuspicious,
    includeUnconfirmedAgreements,
    jurisdictionCode: user.jurisdictionCode,
  });
  const result = screening.data?.redFlagScreening;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Switch checked={onlySuspicious} onChange={setOnlySuspicious} aria-label="仅看疑似" />
        <span>仅看达到阈值的</span>
        <Switch checked={includeUnconfirmedAgreements} onChange={setIncludeAgreements} aria-label="含未申请司法确认的协议" />
        <span>含未申请司法确认的调解协议</span>
        {result && (
          <Typography.Text type="secondary">
            已筛查 {result.scannedDisputes} 件{result.truncated ? "（结果已截断，请缩小范围）" : ""}
          </Typography.Text>
        )}
      </Space>
      {screening.refusal && <RefusalAlert problems={screening.refusal.problems} />}
      <Table<ScreeningRow>
        rowKey="disputeNumber"
        size="small"
        loading={screening.loading}
        dataSource={result?.screens ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{ expandedRowRender: (screen) => <FlagsPanel disputeId={screen.dispute.id} /> }}
        columns={[
          { title: "纠纷编号", dataIndex: "disputeNumber" },
          { title: "风险分值", render: (_, screen) => `${screen.score} / ${screen.threshold}` },
          { title: "结论", render: (_, screen) => (screen.suspicious ? <Tag color="red">疑似虚假调解</Tag> : <Tag>未达阈值</Tag>) },
          { title: "风险项", render: (_, screen) => `${screen.flags.length} 项` },
        ]}
      />
    </>
  );
}
