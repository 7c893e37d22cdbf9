import { Button, Card, Checkbox, Form, Input, List, Radio, Space } from "antd";
import { useState } from "react";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { submitForm } from "../../forms/submit";
import { useDraftForm } from "../../forms/use-draft-form";
import { RecordPartyRefusal, RecordSession } from "../../graph/operations";
import type { Problem } from "../../graph/refusal";
import type { MediationCaseDetail } from "../../graph/types";
import { formatTime, PARTY_ROLE } from "../../labels/zh";

interface SessionValues {
  heldAt?: string;
  publicity: "PUBLIC" | "PRIVATE";
  attendingPartyIds: string[];
  summary?: string;
}

/** 调解记录 (public or private as the parties chose, art 23) and a party's express refusal (art 17). */
export function SessionCard({ mediation, onDone }: { mediation: MediationCaseDetail; onDone: () => void }) {
  const parties = mediation.dispute?.parties ?? [];
  const { form, initialValues, onValuesChange, discardDraft } = useDraftForm<SessionValues>(`session.${mediation.id}`, {
    publicity: "PRIVATE",
    attendingPartyIds: parties.map((p) => p.id),
  });
  const [refusalForm] = Form.useForm<{ partyId?: string; statement?: string }>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [refusalProblems, setRefusalProblems] = useState<Problem[]>([]);

  const record = async (values: SessionValues) => {
    const data = await submitForm(
      form,
      RecordSession,
      {
        input: {
          caseId: mediation.id,
          heldAt: values.heldAt ? new Date(values.heldAt).toISOString() : new Date().toISOString(),
          publicity: values.publicity,
          attendingPartyIds: values.attendingPartyIds,
          summary: values.summary?.trim() ?? "",
          idempotencyKey: crypto.randomUUID(),
        },
      },
      setProblems,
    );
    if (data) {
      discardDraft();
      form.resetFields();
      onDone();
    }
  };

  const refuse = async (values: { partyId?: string; statement?: string }) => {
    const data = await submitForm(
      refusalForm,
      RecordPartyRefusal,
      { input: { caseId: mediation.id, partyId: values.partyId ?? "", statement: values.statement?.trim() ?? "" } },
      setRefusalProblems,
    );
    if (data) onDone();
  };

  const partyOptions = parties.map((p) => ({ value: p.id, label: `${PARTY_ROLE[p.role]} ${p.name}` }));

  return (
    <Card title="调解记录" style={{ marginBottom: 16 }}>
      <List
        size="small"
        dataSource={mediation.sessions}
        locale={{ emptyText: "尚无调解记录" }}
        renderItem={(s) => (
          <List.Item>
            第 {s.number} 次 · {formatTime(s.heldAt)} · {s.publicity === "PUBLIC" ? "公开" : "不公开"} · {s.summary}
          </List.Item>
        )}
      />
      <RefusalAlert problems={problems} />
      <Form<SessionValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        onFinish={(values) => void record(values)}
        aria-label="调解记录"
      >
        <Space wrap align="start">
          <Form.Item name="heldAt" label="调解时间">
            <Input type="datetime-local" style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="publicity" label="调解方式（人民调解法第二十三条）">
            <Radio.Group
              options={[
                { value: "PRIVATE", label: "不公开" },
                { value: "PUBLIC", label: "公开" },
              ]}
            />
          </Form.Item>
        </Space>
        <Form.Item name="attendingPartyIds" label="到场当事人" rules={[{ required: true, message: "请选择到场当事人" }]}>
          <Checkbox.Group options={partyOptions} />
        </Form.Item>
        <Form.Item name="summary" label="调解情况" rules={[{ required: true, message: "请填写调解情况" }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button htmlType="submit">记录调解</Button>
      </Form>
      <Card type="inner" size="small" title="当事人明确拒绝调解（人民调解法第十七条）" style={{ marginTop: 16 }}>
        <RefusalAlert problems={refusalProblems} />
        <Form form={refusalForm} layout="inline" onFinish={(values) => void refuse(values)}>
          <Form.Item name="partyId" label="当事人" rules={[{ required: true, message: "请选择当事人" }]}>
            <Radio.Group options={partyOptions} />
          </Form.Item>
          <Form.Item name="statement" label="当事人陈述" rules={[{ required: true, message: "请记录当事人的陈述" }]}>
            <Input style={{ width: 280 }} />
          </Form.Item>
          <Button danger htmlType="submit">
            记录拒绝并终止
          </Button>
        </Form>
      </Card>
    </Card>
  );
}
