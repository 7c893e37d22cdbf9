import { Alert, Descriptions, Spin, Tag } from "antd";
import { navigate } from "../../app/router";
import { MediationCase } from "../../graph/operations";
import { useQuery } from "../../graph/use-query";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { CATEGORY, formatTime, MEDIATION_STATUS, OTHER_ROUTE } from "../../labels/zh";
import { PageTitle } from "../../layout/PageTitle";
import { AgreementCard } from "./AgreementCard";
import { AssignMediatorCard } from "./AssignMediatorCard";
import { FailureCard } from "./FailureCard";
import { SessionCard } from "./SessionCard";
import { SignaturesCard } from "./SignaturesCard";
import { DocumentLinks } from "../documents/DocumentLinks";

/** One mediation case: mediator, sessions, refusal, agreement with signatures and seal, or failure. */
export default function MediationCasePage({ params }: { params: Record<string, string> }) {
  const query = useQuery(MediationCase, { id: params.id ?? "" });
  const mediation = query.data?.mediationCase;
  if (!mediation) return query.refusal ? <RefusalAlert problems={query.refusal.problems} /> : <Spin />;
  const open = mediation.status === "ACCEPTED" || mediation.status === "IN_SESSION";
  const dispute = mediation.dispute;
  return (
    <>
      <PageTitle
        title={`调解案件 ${dispute?.number ?? ""}`}
        extra={
          dispute && (
            <a
              href={`#case`}
              onClick={(e) => {
                e.preventDefault();
                navigate(`/case/${dispute.id}`);
              }}
            >
              查看案卷
            </a>
          )
        }
      />
      <Descriptions bordered size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="状态">
          <Tag color="blue">{MEDIATION_STATUS[mediation.status]}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="调解委员会">{mediation.committee.name}</Descriptions.Item>
        <Descriptions.Item label="类别">{dispute ? CATEGORY[dispute.category] : "—"}</Descriptions.Item>
        <Descriptions.Item label="调解期限">
          {formatTime(mediation.dueAt)}（{mediation.timeLimitBasis}）
        </Descriptions.Item>
        <Descriptions.Item label="事实" span={2}>
          {dispute?.facts}
        </Descriptions.Item>
        <Descriptions.Item label="请求" span={2}>
          {dispute?.claims}
        </Descriptions.Item>
      </Descriptions>
      {mediation.status === "FAILED" && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`调解不成：${mediation.failureReason ?? ""}`}
          description={`已告知当事人：${mediation.routesExplained.map((r) => OTHER_ROUTE[r]).join("、")}`}
        />
      )}
      {mediation.status === "TERMINATED" && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={`调解终止：${mediation.terminationStatement ?? ""}`} />
      )}
      {open && <AssignMediatorCard mediation={mediation} onDone={query.reload} />}
      {open && <SessionCard mediation={mediation} onDone={query.reload} />}
      {open && mediation.mediator && <AgreementCard mediation={mediation} onDone={query.reload} />}
      {mediation.agreement && <SignaturesCard mediation={mediation} onDone={query.reload} />}
      {mediation.agreement?.form === "WRITTEN" && (
        <DocumentLinks documents={[{ type: "MEDIATION_AGREEMENT", id: mediation.agreement.id, ready: true }]} />
      )}
      {open && <FailureCard mediation={mediation} onDone={query.reload} />}
    </>
  );
}
