import { Alert, Button, Input, Modal, Space, Table, Tag } from "antd";
import { useState } from "react";
import { navigate } from "../../app/router";
import { useSession } from "../../app/session-context";
import { graph } from "../../graph/client";
import { EscalateDispute, RoutingQueue } from "../../graph/operations";
import { GraphRefusal } from "../../graph/refusal";
import { useQuery } from "../../graph/use-query";
import type { QueuedDispute } from "../../graph/types";
import { messageOf } from "../../forms/apply-refusal";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { CATEGORY, formatTime } from "../../labels/zh";
import { PageTitle } from "../../layout/PageTitle";
import { IntakePosterLink } from "./IntakePosterLink";
import { RouteDialog } from "./RouteDialog";

/** 分流待办: received and returned disputes of the clerk's centre, oldest first, with the rule's suggestion. */
export default function RoutingQueuePage() {
  const { user } = useSession();
  const queue = useQuery(RoutingQueue, { centreId: user.organisationId ?? "", first: 50 }, !user.organisationId);
  const [routing, setRouting] = useState<QueuedDispute>();
  const [escalating, setEscalating] = useState<QueuedDispute>();
  const [reason, setReason] = useState("");
  const [notice, setNotice] = useState<string>();
  const [escalationError, setEscalationError] = useState<string>();
  const rows = queue.data?.routingQueue ?? [];

  const escalate = async () => {
    if (!escalating) return;
    try {
      const { escalateDispute } = await graph(EscalateDispute, { input: { disputeId: escalating.id, reason } });
      setNotice(`${escalating.number} 已上交 ${escalateDispute.handlingCentre.name}`);
      setEscalating(undefined);
      setReason("");
      queue.reload();
    } catch (error) {
      if (error instanceof GraphRefusal) setEscalationError(error.problems.map(messageOf).join("；"));
      else throw error;
    }
  };

  return (
    <>
      <PageTitle title="分流待办" count={rows.length} extra={<IntakePosterLink />} />
      {queue.refusal && <RefusalAlert problems={queue.refusal.problems} />}
      {notice && (
        <Alert
          type="success"
          showIcon
          role="status"
          title={notice}
          style={{ marginBottom: 16 }}
          closable
          onClose={() => setNotice(undefined)}
        />
      )}
      <Table<QueuedDispute>
        rowKey="id"
        loading={queue.loading}
        dataSource={rows}
        pagination={false}
        columns={[
          {
            title: "纠纷编号",
            dataIndex: "number",
            render: (number: string, row) => (
              <a onClick={() => navigate(`/case/${row.id}`)} href={`#${row.id}`}>
                {number}
              </a>
            ),
          },
          { title: "类别", dataIndex: "category", render: (category: QueuedDispute["category"]) => CATEGORY[category] },
          { title: "发生地", render: (_, row) => row.place.name },
          { title: "受理时间", dataIndex: "receivedAt", render: formatTime },
          { title: "分流期限", dataIndex: "routeDueAt", render: (due: string) => `${formatTime(due)}（信访工作条例第二十二条）` },
          {
            title: "状态",
            render: (_, row) => {
              const returned = [...row.routings].reverse().find((r) => r.status === "RETURNED");
              return (
                <Space direction="vertical" size={0}>
                  {row.duplicateReview?.status === "OPEN" && <Tag color="volcano">疑似重复待核</Tag>}
                  {returned && <Tag color="orange">被退回：{returned.returnReason}</Tag>}
                  {row.suggestedRouting ? <Tag color="blue">有规则建议</Tag> : <Tag>需人工指定</Tag>}
                </Space>
              );
            },
          },
          {
            title: "操作",
            render: (_, row) => (
              <Space>
                <Button
                  type="primary"
                  onClick={() => setRouting(row)}
                  disabled={row.duplicateReview?.status === "OPEN"}
                  aria-label={`分流 ${row.number}`}
                >
                  分流
                </Button>
                <Button onClick={() => setEscalating(row)} aria-label={`上交 ${row.number}`}>
                  上交
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {routing && (
        <RouteDialog
          dispute={routing}
          onClose={() => setRouting(undefined)}
          onRouted={() => {
            setNotice(`${routing.number} 已分流`);
            setRouting(undefined);
            queue.reload();
          }}
        />
      )}
      <Modal
        title={`上交 ${escalating?.number ?? ""} 至上一级综治中心`}
        open={!!escalating}
        onCancel={() => setEscalating(undefined)}
        onOk={() => void escalate()}
        okText="上交"
        cancelText="取消"
        okButtonProps={{ disabled: reason.trim().length < 2 }}
      >
        {escalationError && <Alert type="error" role="alert" showIcon title={escalationError} style={{ marginBottom: 8 }} />}
        <label htmlFor="escalate-reason">上交理由（必填）</label>
        <Input.TextArea id="escalate-reason" rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />
      </Modal>
    </>
  );
}
