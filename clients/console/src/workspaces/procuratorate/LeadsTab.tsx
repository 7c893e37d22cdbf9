import { Button, Space, Table, Tag } from "antd";
import { useMemo, useState } from "react";
import { navigate } from "../../app/router";
import { useSession } from "../../app/session-context";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { SupervisionLeads } from "../../graph/oversight-operations";
import type { SupervisionLeadRow } from "../../graph/oversight-types";
import { useQuery } from "../../graph/use-query";
import { CATEGORY, formatTime } from "../../labels/zh";
import { LEAD_KIND, RULING_OUTCOME, SUPERVISION_STATUS } from "../../labels/oversight-zh";
import type { DisputeCategory } from "../../graph/types";
import { OpenFromLeadDialog } from "./OpenFromLeadDialog";
import { lastYear } from "./since";

/** 监督线索: the confirmation rulings and mediation agreements of the prosecutor's jurisdiction, newest first. */
export function LeadsTab() {
  const { user } = useSession();
  const since = useMemo(() => lastYear(), []);
  const leads = useQuery(SupervisionLeads, { first: 100, since, jurisdictionCode: user.jurisdictionCode });
  const [opening, setOpening] = useState<SupervisionLeadRow>();
  const rows = leads.data?.supervisionLeads ?? [];
  return (
    <>
      {leads.refusal && <RefusalAlert problems={leads.refusal.problems} />}
      <Table<SupervisionLeadRow>
        rowKey={(lead) => `${lead.kind}:${lead.id}`}
        size="small"
        loading={leads.loading}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: "线索类型", render: (_, lead) => LEAD_KIND[lead.kind] },
          {
            title: "纠纷编号",
            render: (_, lead) => (
              <a
                href={`${import.meta.env.BASE_URL}case/${lead.dispute.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(`/case/${lead.dispute.id}`);
                }}
              >
                {lead.disputeNumber}
              </a>
            ),
          },
          { title: "类别", render: (_, lead) => CATEGORY[lead.category as DisputeCategory] ?? lead.category },
          { title: "案号 / 调解组织", render: (_, lead) => lead.caseNumber ?? lead.committeeName ?? "—" },
          {
            title: "裁定结果",
            render: (_, lead) => (lead.rulingOutcome ? (RULING_OUTCOME[lead.rulingOutcome] ?? lead.rulingOutcome) : "—"),
          },
          { title: "时间", render: (_, lead) => formatTime(lead.occurredAt) },
          {
            title: "监督案件",
            render: (_, lead) =>
              lead.supervisionCases.length ? (
                <Space wrap>
                  {lead.supervisionCases.map((c) => (
                    <Tag key={c.id} color="red">
                      {SUPERVISION_STATUS[c.status]}
                    </Tag>
                  ))}
                </Space>
              ) : (
                "—"
              ),
          },
          {
            title: "操作",
            render: (_, lead) => (
              <Button size="small" onClick={() => setOpening(lead)} aria-label={`立案监督 ${lead.disputeNumber} ${LEAD_KIND[lead.kind]}`}>
                筛查并立案
              </Button>
            ),
          },
        ]}
      />
      {opening && <OpenFromLeadDialog lead={opening} onClose={() => setOpening(undefined)} />}
    </>
  );
}
