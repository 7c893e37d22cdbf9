import { Alert, Button, Space, Table, Tag, Tooltip, Typography } from "antd";
import { useState } from "react";
import { navigate } from "../../app/router";
import { useSession } from "../../app/session-context";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { OverdueList } from "../../graph/oversight-operations";
import type { OverdueStage } from "../../graph/oversight-types";
import { useQuery } from "../../graph/use-query";
import { DEADLINE_STAGE, formatTime } from "../../labels/zh";
import { PageTitle } from "../../layout/PageTitle";
import { ScopePicker, type Scope } from "./ScopePicker";
import { ExtendDialog, ReassignDialog, UrgeDialog } from "./StageDialogs";

type Action = { kind: "urge" | "extend" | "reassign"; stage: OverdueStage };

/** 督办超期: limits past due in a jurisdiction or at a centre, most overdue first, with the stage, the limit and its source. */
export default function OverduePage() {
  const { user } = useSession();
  const [scope, setScope] = useState<Scope>({ by: "jurisdiction", place: [] });
  const [action, setAction] = useState<Action>();
  const [done, setDone] = useState<string>();
  const variables =
    scope.by === "centre"
      ? { first: 100, centreId: scope.centreId }
      : { first: 100, jurisdictionCode: scope.place.at(-1) ?? user.jurisdictionCode };
  const list = useQuery(OverdueList, variables, scope.by === "centre" && !scope.centreId);
  const result = list.data?.overdueList;

  const finish = (message: string) => {
    setAction(undefined);
    setDone(message);
    list.reload();
  };

  return (
    <>
      <PageTitle title="督办超期" count={result?.totalCount} extra={<ScopePicker scope={scope} onChange={setScope} />} />
      {done && <Alert type="success" showIcon title={done} closable onClose={() => setDone(undefined)} style={{ marginBottom: 12 }} />}
      {list.refusal && <RefusalAlert problems={list.refusal.problems} />}
      {result && (
        <Space wrap style={{ marginBottom: 12 }} aria-label="按阶段">
          <Typography.Text>
            超期 {result.totalCount} 件（截至 {formatTime(result.asOf)}）：
          </Typography.Text>
          {result.byStage.map((entry) => (
            <Tag key={entry.stage} color="red">
              {DEADLINE_STAGE[entry.stage]} {entry.count}
            </Tag>
          ))}
        </Space>
      )}
      <Table<OverdueStage>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={result?.nodes ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: "纠纷编号",
            render: (_, stage) =>
              stage.dispute ? (
                <a
                  href={`${import.meta.env.BASE_URL}case/${stage.dispute.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    if (stage.dispute) navigate(`/case/${stage.dispute.id}`);
                  }}
                >
                  {stage.dispute.number}
                </a>
              ) : (
                "—"
              ),
          },
          { title: "阶段", render: (_, stage) => DEADLINE_STAGE[stage.stage] },
          { title: "承办中心", render: (_, stage) => stage.centre.name },
          {
            title: "期限",
            render: (_, stage) => (
              <>
                {formatTime(stage.dueAt)}
                {stage.extendedDays > 0 && <Tag style={{ marginLeft: 4 }}>已延期 {stage.extendedDays} 天</Tag>}
              </>
            ),
          },
          { title: "期限依据", dataIndex: "basis" },
          { title: "超期", render: (_, stage) => <Tag color="red">{stage.overdueDays} 天</Tag> },
          {
            title: "督促",
            render: (_, stage) => (stage.urgeCount ? `${stage.urgeCount} 次，最近 ${formatTime(stage.lastUrgedAt)}` : "未督促"),
          },
          {
            title: "操作",
            render: (_, stage) => {
              const number = stage.dispute?.number ?? "";
              const extendable = stage.maxExtensionDays - stage.extendedDays > 0;
              return (
                <Space>
                  <Button
                    size="small"
                    onClick={() => setAction({ kind: "urge", stage })}
                    aria-label={`督促 ${number} ${DEADLINE_STAGE[stage.stage]}`}
                  >
                    督促
                  </Button>
                  <Tooltip title={extendable ? undefined : "该期限的规则不允许（再）延期"}>
                    <Button
                      size="small"
                      disabled={!extendable}
                      onClick={() => setAction({ kind: "extend", stage })}
                      aria-label={`延期 ${number} ${DEADLINE_STAGE[stage.stage]}`}
                    >
                      延期
                    </Button>
                  </Tooltip>
                  <Button size="small" onClick={() => setAction({ kind: "reassign", stage })} aria-label={`改派 ${number}`}>
                    改派
                  </Button>
                </Space>
              );
            },
          },
        ]}
      />
      {action?.kind === "urge" && <UrgeDialog stage={action.stage} onClose={() => setAction(undefined)} onDone={finish} />}
      {action?.kind === "extend" && <ExtendDialog stage={action.stage} onClose={() => setAction(undefined)} onDone={finish} />}
      {action?.kind === "reassign" && <ReassignDialog stage={action.stage} onClose={() => setAction(undefined)} onDone={finish} />}
    </>
  );
}
