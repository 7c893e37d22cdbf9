import { Button, Card, Input, List, Modal, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { graph } from "../../graph/client";
import { LinkDuplicate, OverrideDuplicateReview } from "../../graph/operations";
import { GraphRefusal, type Problem } from "../../graph/refusal";
import type { DuplicateCandidate } from "../../graph/types";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { CATEGORY, formatTime } from "../../labels/zh";

/** What the clerk reads once a submission is linked to the dispute that carries the matter on. */
export const linkedMessage = (number: string, survivor: string | undefined) =>
  `已将 ${number} 关联至 ${survivor ?? "原纠纷"}，按一事一办在原纠纷下办理`;

interface Props {
  disputeId: string;
  disputeNumber: string;
  candidates: DuplicateCandidate[];
  onDecided: (outcome: string) => void;
}

/** 疑似重复: each candidate with the graph's reasons; the clerk links the submission to one, or overrides with a reason. */
export function DuplicateCandidates({ disputeId, disputeNumber, candidates, onDecided }: Props) {
  const [problems, setProblems] = useState<Problem[]>([]);
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState("");

  const run = async (action: () => Promise<string>) => {
    setProblems([]);
    try {
      onDecided(await action());
    } catch (error) {
      if (error instanceof GraphRefusal) setProblems(error.problems);
      else throw error;
    }
  };

  const link = (survivorId: string) =>
    run(async () => {
      const { linkDuplicate } = await graph(LinkDuplicate, { input: { disputeId, survivorId } });
      return linkedMessage(disputeNumber, linkDuplicate.linkedTo?.number);
    });

  const override = () =>
    run(async () => {
      await graph(OverrideDuplicateReview, { input: { disputeId, reason } });
      setOverriding(false);
      return `已确认 ${disputeNumber} 不是重复纠纷，可以分流`;
    });

  return (
    <Card title={`疑似重复（${candidates.length}）`} role="region" aria-label="疑似重复纠纷">
      <Typography.Paragraph>
        该纠纷与下列已登记纠纷疑似为同一事项，未作处理前不能分流（一事一办）。请核对后关联，或说明理由确认不重复。
      </Typography.Paragraph>
      <RefusalAlert problems={problems} />
      <List
        dataSource={candidates}
        renderItem={(candidate) => (
          <List.Item
            actions={
              candidate.dispute
                ? [
                    <Button key="link" type="primary" onClick={() => void link(candidate.dispute?.id ?? "")}>
                      关联到 {candidate.disputeNumber}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space>
                  <span>{candidate.disputeNumber}</span>
                  <Tag color="volcano">相似度 {Math.round(candidate.score * 100)}%</Tag>
                  {candidate.dispute && <span>{CATEGORY[candidate.dispute.category]}</span>}
                  {candidate.dispute && <span>受理于 {formatTime(candidate.dispute.receivedAt)}</span>}
                </Space>
              }
              description={
                <ul aria-label={`${candidate.disputeNumber} 的疑似重复理由`} style={{ margin: 0, paddingLeft: 20 }}>
                  {candidate.reasons.map((reason, i) => (
                    <li key={i}>{reason.summary.split(" / ")[0]}</li>
                  ))}
                  {!candidate.dispute && <li>该纠纷不在您的辖区内，仅显示编号，请联系其受理中心核对。</li>}
                </ul>
              }
            />
          </List.Item>
        )}
      />
      <Button onClick={() => setOverriding(true)}>确认不重复…</Button>
      <Modal
        title="确认不重复"
        open={overriding}
        onOk={() => void override()}
        onCancel={() => setOverriding(false)}
        okText="确认"
        cancelText="取消"
        okButtonProps={{ disabled: reason.trim().length < 2 }}
      >
        <label htmlFor="override-reason">不重复的理由（必填）</label>
        <Input.TextArea id="override-reason" rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />
      </Modal>
    </Card>
  );
}
