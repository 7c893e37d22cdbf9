import { Button, Card, Checkbox, Form, Input } from "antd";
import { useState } from "react";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { submitForm } from "../../forms/submit";
import { ConcludeWithFailure } from "../../graph/operations";
import type { Problem } from "../../graph/refusal";
import type { MediationCaseDetail, OtherRoute } from "../../graph/types";
import { options, OTHER_ROUTE } from "../../labels/zh";

/** 调解不成: the case ends and the parties are told of arbitration, administrative and judicial routes (人民调解法 art 26). */
export function FailureCard({ mediation, onDone }: { mediation: MediationCaseDetail; onDone: () => void }) {
  const [form] = Form.useForm<{ reason?: string; routesExplained: OtherRoute[] }>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const submit = async (values: { reason?: string; routesExplained: OtherRoute[] }) => {
    const data = await submitForm(
      form,
      ConcludeWithFailure,
      { input: { caseId: mediation.id, reason: values.reason?.trim() ?? "", routesExplained: values.routesExplained } },
      setProblems,
    );
    if (data) onDone();
  };
  return (
    <Card title="调解不成" style={{ marginBottom: 16 }}>
      <RefusalAlert problems={problems} />
      <Form form={form} layout="vertical" initialValues={{ routesExplained: [] }} onFinish={(values) => void submit(values)}>
        <Form.Item name="reason" label="调解不成的原因" rules={[{ required: true, message: "请填写调解不成的原因" }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item
          name="routesExplained"
          label="已告知当事人的其他途径（人民调解法第二十六条）"
          rules={[
            {
              validator: (_, value: OtherRoute[] = []) =>
                value.length === 3
                  ? Promise.resolve()
                  : Promise.reject(new Error("须告知仲裁、行政、司法三种途径（人民调解法第二十六条）")),
            },
          ]}
        >
          <Checkbox.Group options={options(OTHER_ROUTE)} />
        </Form.Item>
        <Button danger htmlType="submit">
          终止调解
        </Button>
      </Form>
    </Card>
  );
}
