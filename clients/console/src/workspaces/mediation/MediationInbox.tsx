import { Alert, Button, Card, Input, Modal, Space, Table, Tag } from "antd";
import { useState } from "react";
import { navigate } from "../../app/router";
import { useSession } from "../../app/session-context";
import { graph } from "../../graph/client";
import { AcceptMediationCase, RespondToRouting, RoutingsTo } from "../../graph/operations";
import { GraphRefusal, type Problem } from "../../graph/refusal";
import { useQuery } from "../../graph/use-query";
import type { RoutedCase } from "../../graph/types";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { CATEGORY, formatTime, MEDIATION_STATUS } from "../../labels/zh";
import { PageTitle } from "../../layout/PageTitle";

/** 调解待办: cases routed to the committee to accept or return, then the committee's cases in mediation. */
export default function MediationInbox() {
  const { user } = useSession();
  const committeeId = user.organisationId ?? "";
  const pending = useQuery(RoutingsTo, { organisationId: committeeId, status: "PENDING", first: 50 }, !committeeId);
  const accepted = useQuery(RoutingsTo, { organisationId: committeeId, status: "ACCEPTED", first: 50 }, !committeeId);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [returning, setReturning] = useState<RoutedCase>();
  const [reason, setReason] = useState("");
  const [notice, setNotice] = useState<string>();

  const act = async (action: () => Promise<void>) => {
    setProblems([]);
    try {
      await action();
      pending.reload();
      accepted.reload();
    } catch (error) {
      if (error instanceof GraphRefusal) setProblems(error.problems);
      else throw error;
    }
  };

  const accept = (routed: RoutedCase) =>
    act(async () => {
      const { acceptMediationCase } = await graph(AcceptMediationCase, {
        input: { disputeId: routed.dispute.id, committeeId, idempotencyKey: crypto.randomUUID() },
      });
      navigate(`/mediation/case/${acceptMediationCase.id}`);
    });

  const returnCase = () =>
    act(async () => {
      if (!returning) return;
      await graph(RespondToRouting, { input: { routingId: returning.id, decision: "RETURN", reason } });
      setNotice(`${returning.dispute.number} 已退回综治中心`);
      setReturning(undefined);
      setReason("");
    });

  const pendingRows = pending.data?.routingsTo ?? [];
  const acceptedRows = accepted.data?.routingsTo ?? [];
  const common = [
    { title: "纠纷编号", render: (_: unknown, row: RoutedCase) => row.dispute.number },
    { title: "类别", render: (_: unknown, row: RoutedCase) => CATEGORY[row.dispute.category] },
    { title: "事实", render: (_: unknown, row: RoutedCase) => row.dispute.facts.slice(0, 40) },
  ];

  return (
    <>
      <PageTitle title="调解待办" count={pendingRows.length + acceptedRows.length} />
      <RefusalAlert problems={[...problems, ...(pending.refusal?.problems ?? [])]} />
      {notice && <Alert type="success" showIcon role="status" title={notice} style={{ marginBottom: 16 }} />}
      <Card title={`待接收（${pendingRows.length}）`} style={{ marginBottom: 16 }}>
        <Table<RoutedCase>
          rowKey="id"
          loading={pending.loading}
          dataSource={pendingRows}
          pagination={false}
          columns={[
            ...common,
            { title: "分流时间", dataIndex: "routedAt", render: formatTime },
            { title: "异议期限", dataIndex: "respondDueAt", render: (due: string) => `${formatTime(due)}（信访工作条例第二十三条）` },
            {
              title: "操作",
              render: (_, row) => (
                <Space>
                  <Button type="primary" onClick={() => void accept(row)} aria-label={`受理调解 ${row.dispute.number}`}>
                    受理调解
                  </Button>
                  <Button onClick={() => setReturning(row)} aria-label={`退回 ${row.dispute.number}`}>
                    退回
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card title={`调解中（${acceptedRows.length}）`}>
        <Table<RoutedCase>
          rowKey="id"
          loading={accepted.loading}
          dataSource={acceptedRows}
          pagination={false}
          columns={[
            ...common,
            {
              title: "调解案件",
              render: (_, row) => (
                <Space>
                  {(row.dispute.mediationCases ?? []).map((mediation) => (
                    <Button
                      key={mediation.id}
                      onClick={() => navigate(`/mediation/case/${mediation.id}`)}
                      aria-label={`办理 ${row.dispute.number}`}
                    >
                      办理 <Tag style={{ marginLeft: 4 }}>{MEDIATION_STATUS[mediation.status]}</Tag>
                    </Button>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Modal
        title="退回综治中心"
        open={!!returning}
        onCancel={() => setReturning(undefined)}
        onOk={() => void returnCase()}
        okText="退回"
        cancelText="取消"
        okButtonProps={{ disabled: reason.trim().length < 2 }}
      >
        <label htmlFor="return-reason">退回理由（必填，信访工作条例第二十三条）</label>
        <Input.TextArea id="return-reason" rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />
      </Modal>
    </>
  );
}
