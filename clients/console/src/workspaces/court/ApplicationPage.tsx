import { Descriptions, Spin, Table, Tag } from "antd";
import { navigate } from "../../app/router";
import { ConfirmationApplication } from "../../graph/operations";
import { useQuery } from "../../graph/use-query";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { CONFIRMATION_STATUS, formatTime, PARTY_ROLE, REJECTION_GROUND } from "../../labels/zh";
import { PageTitle } from "../../layout/PageTitle";
import { ApplicationActions } from "./ApplicationActions";
import { HearingsCard } from "./HearingsCard";
import { MaterialsCard } from "./MaterialsCard";
import { remaining } from "./remaining";
import { DocumentLinks } from "../documents/DocumentLinks";

/** One confirmation application: its case number, the limits with their sources, and the next step. */
export default function ApplicationPage({ params }: { params: Record<string, string> }) {
  const query = useQuery(ConfirmationApplication, { id: params.id ?? "" });
  const application = query.data?.confirmationApplication;
  if (!application) return query.refusal ? <RefusalAlert problems={query.refusal.problems} /> : <Spin />;
  const rules = query.data?.courtDeadlineRules ?? [];
  const basis = (name: string) => rules.find((rule) => rule.name === name)?.basis ?? "";
  const parties = application.dispute?.parties ?? [];
  const deadlines = [
    {
      key: "acceptance",
      label: "决定是否受理",
      due: application.acceptanceDueAt,
      basis: basis("acceptanceDecision"),
      open: application.status === "FILED",
    },
    {
      key: "conclusion",
      label: "审查终结（法定）",
      due: application.conclusionDueAt,
      basis: basis("conclusion"),
      open: !application.ruledAt,
    },
    {
      key: "target",
      label: "审查终结（目标）",
      due: application.targetConclusionAt,
      basis: basis("targetConclusion"),
      open: !application.ruledAt,
    },
    ...(application.objectionDeadline
      ? [{ key: "objection", label: "当事人异议", due: application.objectionDeadline, basis: basis("partyObjection"), open: true }]
      : []),
    ...(application.enforcementDeadline
      ? [
          {
            key: "enforcement",
            label: "申请执行",
            due: application.enforcementDeadline,
            basis: basis("enforcementApplication"),
            open: true,
          },
        ]
      : []),
  ];
  return (
    <>
      <PageTitle
        title={`司法确认申请 ${application.caseNumber ?? ""}`}
        extra={
          application.dispute && (
            <a
              href="#case"
              onClick={(e) => {
                e.preventDefault();
                navigate(`/case/${application.dispute?.id ?? ""}`);
              }}
            >
              查看案卷
            </a>
          )
        }
      />
      <DocumentLinks
        documents={[
          { type: "CONFIRMATION_APPLICATION", id: application.id, ready: true },
          { type: "ACCEPTANCE_NOTICE", id: application.id, ready: Boolean(application.caseNumber && application.acceptedAt) },
          { type: "CONFIRMATION_RULING", id: application.id, ready: Boolean(application.rulingOutcome) },
        ]}
      />
      <Descriptions bordered size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="案号">
          <span aria-label="案号">{application.caseNumber ?? "受理后编立"}</span>
        </Descriptions.Item>
        <Descriptions.Item label="状态">
          <Tag color="blue">{CONFIRMATION_STATUS[application.status]}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="法院">{application.court.name}</Descriptions.Item>
        <Descriptions.Item label="纠纷编号">{application.dispute?.number}</Descriptions.Item>
        <Descriptions.Item label="申请人" span={2}>
          {application.applicantPartyIds
            .map((id) => {
              const party = parties.find((p) => p.id === id);
              return party ? `${PARTY_ROLE[party.role]} ${party.name}` : id;
            })
            .join("、")}
        </Descriptions.Item>
        <Descriptions.Item label="申请时间">{formatTime(application.filedAt)}</Descriptions.Item>
        <Descriptions.Item label="受理时间">{formatTime(application.acceptedAt)}</Descriptions.Item>
        {application.rulingOutcome && (
          <Descriptions.Item label="裁定" span={2}>
            {application.rulingOutcome === "VALID"
              ? "裁定调解协议有效"
              : `裁定驳回申请：${application.rejectionGround ? REJECTION_GROUND[application.rejectionGround] : ""}`}
            （{formatTime(application.ruledAt)}）{application.rulingReasoning}
          </Descriptions.Item>
        )}
        {(application.mediationCase?.agreement?.terms ?? []).map((term, i) => (
          <Descriptions.Item key={term.id} label={`协议履行事项 ${i + 1}`} span={2}>
            {term.obligation}；{term.manner}；{term.place ?? "—"}；{formatTime(term.deadline)}前
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Table
        style={{ marginBottom: 16 }}
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={deadlines}
        aria-label="期限"
        columns={[
          { title: "期限", dataIndex: "label" },
          { title: "到期", dataIndex: "due", render: formatTime },
          {
            title: "剩余",
            render: (_, row) => (row.open ? <Tag color={remaining(row.due).overdue ? "red" : "gold"}>{remaining(row.due).text}</Tag> : "—"),
          },
          { title: "依据", dataIndex: "basis" },
        ]}
      />
      <MaterialsCard application={application} onDone={query.reload} />
      {application.status !== "FILED" && application.status !== "NOT_ACCEPTED" && (
        <HearingsCard application={application} onDone={query.reload} />
      )}
      <ApplicationActions application={application} onDone={query.reload} />
    </>
  );
}
