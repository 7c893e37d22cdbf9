import { Button, Card, Checkbox, Form, Input, Select } from "antd";
import { useState } from "react";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { submitForm } from "../../forms/submit";
import { ConcludeSupervision } from "../../graph/oversight-operations";
import type { SupervisionCaseDetail, SupervisionOutcome } from "../../graph/oversight-types";
import type { Problem } from "../../graph/refusal";
import { OUTCOME_INSTRUMENT, SUPERVISION_OUTCOME } from "../../labels/oversight-zh";

interface Values {
  outcome?: SupervisionOutcome;
  publicInterestHarmed?: boolean;
  summary?: string;
  documentNumber?: string;
}

/** Outcomes that ask a court to reopen its decision: the graph allows them only on harm to state or public interest (民诉法解释 411-412). */
const REOPENING = new Set<SupervisionOutcome>(["PROTEST", "RETRIAL_SUGGESTION"]);

/** 结案: the outcome, the instrument's document number, what was found; the graph's refusals land on their fields. */
export function ConcludeForm({ supervision, onDone }: { supervision: SupervisionCaseDetail; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const outcome = Form.useWatch("outcome", form);
  const instrument = outcome ? OUTCOME_INSTRUMENT[outcome] : undefined;
  const conclude = async (values: Values) => {
    const input = {
      caseId: supervision.id,
      outcome: values.outcome ?? "NO_IRREGULARITY",
      summary: values.summary?.trim() ?? "",
      documentNumber: instrument ? values.documentNumber?.trim() || undefined : undefined,
      publicInterestHarmed: values.outcome && REOPENING.has(values.outcome) ? values.publicInterestHarmed === true : undefined,
    };
    if (await submitForm(form, ConcludeSupervision, { input }, setProblems)) onDone();
  };
  return (
    <Card title="结案">
      <RefusalAlert problems={problems} />
      <Form<Values> form={form} layout="vertical" onFinish={(values) => void conclude(values)} aria-label="监督结案">
        <Form.Item name="outcome" label="监督结果" rules={[{ required: true, message: "请选择监督结果" }]}>
          <Select
            options={(Object.keys(SUPERVISION_OUTCOME) as SupervisionOutcome[]).map((value) => ({
              value,
              label: SUPERVISION_OUTCOME[value],
            }))}
          />
        </Form.Item>
        {outcome && REOPENING.has(outcome) && (
          <Form.Item name="publicInterestHarmed" valuePropName="checked">
            <Checkbox>经审查，损害国家利益、社会公共利益（民诉法解释第四百一十一条、第四百一十二条）</Checkbox>
          </Form.Item>
        )}
        {instrument && (
          <Form.Item
            name="documentNumber"
            label={`${instrument}文号`}
            extra="例如 东检民建〔2026〕3号"
            rules={[
              { required: true, whitespace: true, message: `请填写${instrument}的文号` },
              { max: 100, message: "文号不超过100字" },
            ]}
          >
            <Input />
          </Form.Item>
        )}
        <Form.Item
          name="summary"
          label="审查意见"
          rules={[
            { required: true, whitespace: true, message: "请填写审查发现和处理意见" },
            { max: 5000, message: "审查意见不超过5000字" },
          ]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          结案
        </Button>
      </Form>
    </Card>
  );
}
