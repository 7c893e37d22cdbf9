import { Button, Card, Checkbox, Form, Select, Space, Typography } from "antd";
import { useState } from "react";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { submitForm } from "../../forms/submit";
import { AssignMediator, MediatorsAndExperts } from "../../graph/operations";
import type { Problem } from "../../graph/refusal";
import { useQuery } from "../../graph/use-query";
import type { ExpertLibrary, MediationCaseDetail } from "../../graph/types";
import { LIBRARY, options } from "../../labels/zh";

/** 指定调解员 (人民调解法 art 19) or record the parties' choice (art 23), from the committee or the four expert libraries. */
export function AssignMediatorCard({ mediation, onDone }: { mediation: MediationCaseDetail; onDone: () => void }) {
  const [form] = Form.useForm<{ mediatorId?: string; chosenByParties: boolean }>();
  const [library, setLibrary] = useState<ExpertLibrary>("MEDIATOR");
  const [problems, setProblems] = useState<Problem[]>([]);
  const county = mediation.committee.divisionCode.slice(0, 6);
  const people = useQuery(MediatorsAndExperts, { committeeId: mediation.committee.id, divisionCode: county, library });
  const candidates = [
    ...(people.data?.mediators ?? []).map((m) => ({ value: m.id, label: `${m.name}（本委员会）` })),
    ...(people.data?.experts ?? [])
      .filter((expert) => !(people.data?.mediators ?? []).some((m) => m.id === expert.id))
      .map((m) => ({ value: m.id, label: `${m.name}（${LIBRARY[library]}，${m.committee?.name ?? ""}）` })),
  ];

  const submit = async (values: { mediatorId?: string; chosenByParties: boolean }) => {
    const data = await submitForm(
      form,
      AssignMediator,
      { input: { caseId: mediation.id, mediatorId: values.mediatorId ?? "", chosenByParties: !!values.chosenByParties } },
      setProblems,
    );
    if (data) onDone();
  };

  return (
    <Card title="指定调解员" style={{ marginBottom: 16 }}>
      {mediation.mediator && <Typography.Paragraph>当前调解员：{mediation.mediator.name}</Typography.Paragraph>}
      <RefusalAlert problems={problems} />
      <Form form={form} layout="vertical" initialValues={{ chosenByParties: false }} onFinish={(values) => void submit(values)}>
        <Space wrap align="end">
          <Form.Item label="专家库">
            <Select<ExpertLibrary>
              value={library}
              onChange={setLibrary}
              options={options(LIBRARY)}
              style={{ width: 220 }}
              aria-label="专家库"
            />
          </Form.Item>
          <Form.Item name="mediatorId" label="调解员" rules={[{ required: true, message: "请选择调解员" }]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={candidates}
              loading={people.loading}
              style={{ width: 320 }}
              placeholder="输入姓名搜索"
            />
          </Form.Item>
          <Form.Item name="chosenByParties" valuePropName="checked">
            <Checkbox>当事人选定（人民调解法第二十三条）</Checkbox>
          </Form.Item>
          <Form.Item>
            <Button htmlType="submit">指定</Button>
          </Form.Item>
        </Space>
      </Form>
    </Card>
  );
}
