import { Alert, Descriptions, Spin, Table, Tag, Typography } from "antd";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { RedFlagScreen } from "../../graph/oversight-operations";
import type { RedFlag } from "../../graph/oversight-types";
import { useQuery } from "../../graph/use-query";
import type { DisputeCategory, PartyRole } from "../../graph/types";
import { CATEGORY, formatTime, PARTY_ROLE } from "../../labels/zh";
import { EVIDENCE_LABEL, SEVERITY, SEVERITY_COLOR } from "../../labels/oversight-zh";

const TIMES = new Set(["receivedAt", "agreementReachedAt"]);

/** An evidence value as a prosecutor reads it: times in China Standard Time, enums in Chinese; the masking is the graph's. */
function evidenceValue(label: string, value: string): string {
  if (TIMES.has(label)) return formatTime(value);
  if (label === "category") return CATEGORY[value as DisputeCategory] ?? value;
  return value.replace(/（(APPLICANT|RESPONDENT|THIRD_PARTY)）/g, (_, role: PartyRole) => `（${PARTY_ROLE[role]}）`);
}

/** 虚假调解筛查: one dispute's red flags, each with its weight, its source and its evidence (personal values masked by the graph). */
export function FlagsPanel({ disputeId }: { disputeId: string }) {
  const screen = useQuery(RedFlagScreen, { disputeId });
  const data = screen.data?.redFlagScreen;
  if (!data) return screen.refusal ? <RefusalAlert problems={screen.refusal.problems} /> : <Spin />;
  return (
    <section aria-label={`筛查结果 ${data.disputeNumber}`}>
      <Descriptions size="small" column={3} style={{ marginBottom: 8 }}>
        <Descriptions.Item label="风险分值">
          <span aria-label="风险分值">{data.score}</span>
        </Descriptions.Item>
        <Descriptions.Item label="预警阈值">{data.threshold}</Descriptions.Item>
        <Descriptions.Item label="结论">{data.suspicious ? <Tag color="red">疑似虚假调解</Tag> : <Tag>未达阈值</Tag>}</Descriptions.Item>
      </Descriptions>
      {data.flags.length === 0 ? (
        <Alert type="success" title="未发现风险项" />
      ) : (
        <Table<RedFlag>
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={data.flags}
          columns={[
            // Every department words its descriptions "中文 / English": the officer reads the Chinese half.
            { title: "风险项", render: (_, flag) => flag.description.split(" / ")[0] },
            {
              title: "程度",
              render: (_, flag) => <Tag color={SEVERITY_COLOR[flag.severity]}>{SEVERITY[flag.severity] ?? flag.severity}</Tag>,
            },
            { title: "分值", dataIndex: "weight" },
            {
              title: "证据（已脱敏）",
              render: (_, flag) =>
                flag.evidence.map((item, i) => (
                  <Typography.Paragraph key={i} style={{ margin: 0 }}>
                    {EVIDENCE_LABEL[item.label] ?? item.label}：{evidenceValue(item.label, item.value)}
                  </Typography.Paragraph>
                )),
            },
            { title: "依据", dataIndex: "source" },
          ]}
        />
      )}
    </section>
  );
}
