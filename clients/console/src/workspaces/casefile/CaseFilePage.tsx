import { Button, Card, Descriptions, Spin, Table, Tag, Timeline, Typography } from "antd";
import { useState } from "react";
import { useSession } from "../../app/session-context";
import { CaseFile } from "../../graph/operations";
import { useQuery } from "../../graph/use-query";
import type { CaseFileParty, Department } from "../../graph/types";
import { RefusalAlert } from "../../forms/RefusalAlert";
import {
  CATEGORY,
  CHANNEL,
  DEADLINE_STAGE,
  DEPARTMENT,
  DISPUTE_STATUS,
  formatTime,
  formatYuan,
  PARTY_KIND,
  PARTY_ROLE,
} from "../../labels/zh";
import { PageTitle } from "../../layout/PageTitle";
import { RevealDialog } from "./RevealDialog";

// Roles that may ever read personal data in full (README: REVEAL_RULES); the graph still checks the ground on the record.
const MAY_REVEAL = new Set(["CENTRE_OFFICER", "MEDIATOR", "JUDGE", "COURT_CLERK", "PROSECUTOR"]);

const DEPARTMENT_COLOR: Record<Department, string> = {
  CENTER: "blue",
  JUSTICE: "green",
  COURT: "purple",
  PROCURATORATE: "red",
  PARTNER: "gray",
  PUBLIC: "gray",
};

/** 案卷: the dispute's whole story across the four departments, personal data masked. */
export default function CaseFilePage({ params }: { params: Record<string, string> }) {
  const { user } = useSession();
  const query = useQuery(CaseFile, { id: params.id ?? "" });
  const [revealing, setRevealing] = useState<CaseFileParty>();
  const dispute = query.data?.dispute;
  if (!dispute) return query.refusal ? <RefusalAlert problems={query.refusal.problems} /> : <Spin />;
  const mayReveal = user.roles.some((role) => MAY_REVEAL.has(role));

  return (
    <>
      <PageTitle title={`案卷 ${dispute.number}`} />
      <Descriptions bordered size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="状态">
          <Tag color="blue">{DISPUTE_STATUS[dispute.status]}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="类别">{CATEGORY[dispute.category]}</Descriptions.Item>
        <Descriptions.Item label="受理渠道">{CHANNEL[dispute.channel]}</Descriptions.Item>
        <Descriptions.Item label="受理时间">{formatTime(dispute.receivedAt)}</Descriptions.Item>
        <Descriptions.Item label="受理中心">{dispute.receivingCentre.name}</Descriptions.Item>
        <Descriptions.Item label="发生地">{dispute.place.path.map((d) => d.name).join(" / ")}</Descriptions.Item>
        <Descriptions.Item label="争议金额">{formatYuan(dispute.amountFen)}</Descriptions.Item>
        <Descriptions.Item label="事实" span={2}>
          {dispute.facts}
        </Descriptions.Item>
        <Descriptions.Item label="请求" span={2}>
          {dispute.claims}
        </Descriptions.Item>
      </Descriptions>
      <Card title="当事人" style={{ marginBottom: 16 }}>
        <Table<CaseFileParty>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={dispute.parties}
          columns={[
            { title: "地位", render: (_, p) => PARTY_ROLE[p.role] },
            { title: "类型", render: (_, p) => PARTY_KIND[p.kind] },
            { title: "姓名/名称", dataIndex: "name" },
            { title: "身份证号（脱敏）", render: (_, p) => p.idNumberMasked ?? p.organisation?.creditCode ?? "—" },
            { title: "电话（脱敏）", render: (_, p) => p.person?.phoneMasked ?? "—" },
            ...(mayReveal
              ? [
                  {
                    title: "操作",
                    render: (_: unknown, p: CaseFileParty) =>
                      p.kind === "PERSON" ? (
                        <Button size="small" onClick={() => setRevealing(p)} aria-label={`查看完整信息 ${p.name}`}>
                          查看完整信息
                        </Button>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {dispute.deadlines.length > 0 && (
        <Card title="期限" style={{ marginBottom: 16 }}>
          {dispute.deadlines.map((d) => (
            <Typography.Paragraph key={d.id} style={{ margin: 0 }}>
              {DEADLINE_STAGE[d.stage] ?? d.stage}：{formatTime(d.dueAt)} {d.overdue && <Tag color="red">已超期</Tag>}（{d.basis}）
            </Typography.Paragraph>
          ))}
        </Card>
      )}
      <Card title="办理经过">
        <Timeline
          aria-label="办理经过"
          items={dispute.caseFile.map((event) => ({
            key: event.id,
            color: DEPARTMENT_COLOR[event.department],
            children: (
              <div data-event-type={event.type}>
                <Tag color={DEPARTMENT_COLOR[event.department]}>{DEPARTMENT[event.department]}</Tag>
                <span>{formatTime(event.at)}</span> · <span>{event.summary}</span> · <span>{event.actor.name}</span>
              </div>
            ),
          }))}
        />
      </Card>
      {revealing && <RevealDialog party={revealing} onClose={() => setRevealing(undefined)} />}
    </>
  );
}
