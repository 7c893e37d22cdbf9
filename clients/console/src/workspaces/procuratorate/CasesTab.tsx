import { Button, Table, Tag } from "antd";
import { navigate } from "../../app/router";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { SupervisionCases } from "../../graph/oversight-operations";
import type { SupervisionCaseRow } from "../../graph/oversight-types";
import { useQuery } from "../../graph/use-query";
import { formatTime } from "../../labels/zh";
import { SUPERVISION_GROUNDS, SUPERVISION_OUTCOME, SUPERVISION_STATUS } from "../../labels/oversight-zh";

/** 监督案件: the procuratorate's cases, newest opened first. */
export function CasesTab() {
  const cases = useQuery(SupervisionCases, { first: 100 });
  return (
    <>
      {cases.refusal && <RefusalAlert problems={cases.refusal.problems} />}
      <Table<SupervisionCaseRow>
        rowKey="id"
        size="small"
        loading={cases.loading}
        dataSource={cases.data?.supervisionCases ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: "纠纷编号", render: (_, c) => c.dispute?.number ?? "—" },
          { title: "监督事由", render: (_, c) => SUPERVISION_GROUNDS[c.grounds] },
          {
            title: "状态",
            render: (_, c) => <Tag color={c.status === "CONCLUDED" ? "default" : "red"}>{SUPERVISION_STATUS[c.status]}</Tag>,
          },
          { title: "立案时间", render: (_, c) => formatTime(c.openedAt) },
          { title: "结果", render: (_, c) => (c.outcome ? SUPERVISION_OUTCOME[c.outcome] : "—") },
          { title: "文书编号", render: (_, c) => c.outcomeDocumentNumber ?? "—" },
          {
            title: "操作",
            render: (_, c) => (
              <Button
                size="small"
                onClick={() => navigate(`/procuratorate/case/${c.id}`)}
                aria-label={`办理监督案件 ${c.dispute?.number ?? c.id}`}
              >
                办理
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
