import { Button, Card, Descriptions, Form, Space, Spin, Tag } from "antd";
import { useState } from "react";
import { navigate } from "../../app/router";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { submitForm } from "../../forms/submit";
import { StartSupervisionReview, SupervisionCase } from "../../graph/oversight-operations";
import type { SupervisionCaseDetail } from "../../graph/oversight-types";
import type { Problem } from "../../graph/refusal";
import { useQuery } from "../../graph/use-query";
import { formatTime } from "../../labels/zh";
import { LEAD_KIND, SUPERVISION_GROUNDS, SUPERVISION_OUTCOME, SUPERVISION_STATUS } from "../../labels/oversight-zh";
import { PageTitle } from "../../layout/PageTitle";
import { ConcludeForm } from "./ConcludeForm";

function StartReview({ supervision, onDone }: { supervision: SupervisionCaseDetail; onDone: () => void }) {
  const [form] = Form.useForm();
  const [problems, setProblems] = useState<Problem[]>([]);
  const start = async () => {
    if (await submitForm(form, StartSupervisionReview, { input: { caseId: supervision.id } }, setProblems)) onDone();
  };
  return (
    <Card title="审查">
      <RefusalAlert problems={problems} />
      <Form form={form} onFinish={() => void start()}>
        <Button type="primary" htmlType="submit">
          开始审查
        </Button>
      </Form>
    </Card>
  );
}

/** 监督案件: the lead it came from, the review, the conclusion with its instrument and document number. */
export default function SupervisionCasePage({ params }: { params: Record<string, string> }) {
  const query = useQuery(SupervisionCase, { id: params.id ?? "" });
  const supervision = query.data?.supervisionCase;
  if (!supervision) return query.refusal ? <RefusalAlert problems={query.refusal.problems} /> : <Spin />;
  const dispute = supervision.dispute;
  return (
    <>
      <PageTitle
        title={`监督案件 ${dispute?.number ?? ""}`}
        extra={
          dispute && (
            <Button onClick={() => navigate(`/case/${dispute.id}`)} aria-label={`查看案卷 ${dispute.number}`}>
              查看案卷
            </Button>
          )
        }
      />
      <Descriptions bordered size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="状态">
          <Tag color={supervision.status === "CONCLUDED" ? "default" : "red"}>{SUPERVISION_STATUS[supervision.status]}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="案件来源">{supervision.source === "OWN_MOTION" ? "依职权" : "依申请"}</Descriptions.Item>
        <Descriptions.Item label="监督事由" span={2}>
          {SUPERVISION_GROUNDS[supervision.grounds]}
        </Descriptions.Item>
        <Descriptions.Item label="线索">
          {supervision.leadKind ? LEAD_KIND[supervision.leadKind] : "—"}
          {supervision.sourceConfirmationApplication?.caseNumber ? ` ${supervision.sourceConfirmationApplication.caseNumber}` : ""}
        </Descriptions.Item>
        <Descriptions.Item label="立案">
          {formatTime(supervision.openedAt)} · {supervision.openedBy.name}
        </Descriptions.Item>
        <Descriptions.Item label="立案理由" span={2}>
          {supervision.summary}
        </Descriptions.Item>
        <Descriptions.Item label="开始审查">
          {supervision.reviewStartedAt ? `${formatTime(supervision.reviewStartedAt)} · ${supervision.reviewStartedBy?.name ?? ""}` : "—"}
        </Descriptions.Item>
        <Descriptions.Item label="结案">
          {supervision.concludedAt ? `${formatTime(supervision.concludedAt)} · ${supervision.concludedBy?.name ?? ""}` : "—"}
        </Descriptions.Item>
        {supervision.outcome && (
          <>
            <Descriptions.Item label="监督结果">
              <span aria-label="监督结果">{SUPERVISION_OUTCOME[supervision.outcome]}</span>
            </Descriptions.Item>
            <Descriptions.Item label="文书编号">
              <span aria-label="文书编号">{supervision.outcomeDocumentNumber ?? "—"}</span>
              {supervision.outcomeIssuedAt ? `（${formatTime(supervision.outcomeIssuedAt)} 制发）` : ""}
            </Descriptions.Item>
            <Descriptions.Item label="审查意见" span={2}>
              {supervision.outcomeSummary}
            </Descriptions.Item>
          </>
        )}
      </Descriptions>
      <Space direction="vertical" style={{ width: "100%" }}>
        {supervision.status === "OPEN" && <StartReview key="review" supervision={supervision} onDone={query.reload} />}
        {supervision.status === "UNDER_REVIEW" && <ConcludeForm key="conclude" supervision={supervision} onDone={query.reload} />}
      </Space>
    </>
  );
}
