import { Button, Card, Checkbox, Form, Input, Radio, Select, Space } from "antd";
import { useState } from "react";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { submitForm } from "../../forms/submit";
import { useDraftForm } from "../../forms/use-draft-form";
import { ConcludeWithAgreement } from "../../graph/operations";
import type { Problem } from "../../graph/refusal";
import type { AgreementForm, AgreementTermSubject, MediationCaseDetail } from "../../graph/types";
import { options, PARTY_ROLE, TERM_SUBJECT } from "../../labels/zh";

interface TermValues {
  subject?: AgreementTermSubject;
  obligorPartyId?: string;
  obligeePartyId?: string;
  obligation?: string;
  manner?: string;
  place?: string;
  deadline?: string;
}

interface AgreementValues {
  form: AgreementForm;
  partyIds: string[];
  facts?: string;
  disputedPoints?: string;
  responsibility?: string;
  terms: TermValues[];
}

// 人民调解法 art 29 (and 解释 358 (五): an unclear agreement is not confirmed): every term states how,
// where and by when it is performed, so the form refuses to submit without them.
const PERFORMANCE_RULE = "人民调解法第二十九条";

/** 达成调解协议: parties, facts, points in dispute, responsibility, and terms with manner, place and deadline of performance. */
export function AgreementCard({ mediation, onDone }: { mediation: MediationCaseDetail; onDone: () => void }) {
  const parties = mediation.dispute?.parties ?? [];
  const applicant = parties.find((p) => p.role === "APPLICANT")?.id;
  const respondent = parties.find((p) => p.role === "RESPONDENT")?.id;
  const { form, initialValues, onValuesChange, discardDraft } = useDraftForm<AgreementValues>(`agreement.${mediation.id}`, {
    form: "WRITTEN",
    partyIds: parties.map((p) => p.id),
    facts: mediation.dispute?.facts,
    terms: [{ subject: "PAYMENT", obligorPartyId: respondent, obligeePartyId: applicant }],
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  const partyOptions = parties.map((p) => ({ value: p.id, label: `${PARTY_ROLE[p.role]} ${p.name}` }));

  const submit = async (values: AgreementValues) => {
    const data = await submitForm(
      form,
      ConcludeWithAgreement,
      {
        input: {
          caseId: mediation.id,
          form: values.form,
          partyIds: values.partyIds,
          facts: values.facts?.trim() ?? "",
          disputedPoints: values.disputedPoints?.trim() ?? "",
          responsibility: values.responsibility?.trim() ?? "",
          terms: values.terms.map((term) => ({
            subject: term.subject ?? "PAYMENT",
            obligorPartyId: term.obligorPartyId ?? "",
            obligeePartyId: term.obligeePartyId ?? "",
            obligation: term.obligation?.trim() ?? "",
            manner: term.manner?.trim() || undefined,
            place: term.place?.trim() || undefined,
            deadline: term.deadline ? new Date(`${term.deadline}T23:59:59+08:00`).toISOString() : undefined,
          })),
          idempotencyKey: crypto.randomUUID(),
        },
      },
      setProblems,
    );
    if (data) {
      discardDraft();
      onDone();
    }
  };

  return (
    <Card title="达成调解协议" style={{ marginBottom: 16 }}>
      <RefusalAlert problems={problems} />
      <Form<AgreementValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        onFinish={(values) => void submit(values)}
        aria-label="调解协议"
      >
        <Form.Item name="form" label="协议形式（人民调解法第二十八条）">
          <Radio.Group
            options={[
              { value: "WRITTEN", label: "书面协议" },
              { value: "ORAL", label: "口头协议" },
            ]}
          />
        </Form.Item>
        <Form.Item name="partyIds" label="协议当事人" rules={[{ required: true, message: "请选择协议当事人" }]}>
          <Checkbox.Group options={partyOptions} />
        </Form.Item>
        <Form.Item name="facts" label="主要事实" rules={[{ required: true, message: "请填写主要事实" }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="disputedPoints" label="争议事项" rules={[{ required: true, message: "请填写争议事项" }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="responsibility" label="各方当事人的责任" rules={[{ required: true, message: "请填写各方当事人的责任" }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.List name="terms">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: "100%" }}>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  type="inner"
                  size="small"
                  title={`履行事项 ${index + 1}`}
                  extra={
                    fields.length > 1 ? (
                      <Button type="link" onClick={() => remove(field.name)}>
                        删除
                      </Button>
                    ) : null
                  }
                >
                  <Space wrap align="start">
                    <Form.Item name={[field.name, "subject"]} label="事项类型" rules={[{ required: true, message: "请选择事项类型" }]}>
                      <Select options={options(TERM_SUBJECT)} style={{ width: 160 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, "obligorPartyId"]} label="履行人" rules={[{ required: true, message: "请选择履行人" }]}>
                      <Select options={partyOptions} style={{ width: 200 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, "obligeePartyId"]} label="权利人" rules={[{ required: true, message: "请选择权利人" }]}>
                      <Select options={partyOptions} style={{ width: 200 }} />
                    </Form.Item>
                  </Space>
                  <Form.Item name={[field.name, "obligation"]} label="履行内容" rules={[{ required: true, message: "请填写履行内容" }]}>
                    <Input />
                  </Form.Item>
                  <Space wrap align="start">
                    <Form.Item
                      name={[field.name, "manner"]}
                      label="履行方式"
                      rules={[{ required: true, whitespace: true, message: `请填写履行方式（${PERFORMANCE_RULE}）` }]}
                    >
                      <Input style={{ width: 220 }} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, "place"]}
                      label="履行地点"
                      rules={[{ required: true, whitespace: true, message: `请填写履行地点（${PERFORMANCE_RULE}）` }]}
                    >
                      <Input style={{ width: 220 }} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, "deadline"]}
                      label="履行期限"
                      rules={[{ required: true, message: `请填写履行期限（${PERFORMANCE_RULE}）` }]}
                    >
                      <Input type="date" style={{ width: 180 }} />
                    </Form.Item>
                  </Space>
                </Card>
              ))}
              <Button onClick={() => add({ subject: "PAYMENT", obligorPartyId: respondent, obligeePartyId: applicant })}>
                添加履行事项
              </Button>
            </Space>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" style={{ marginTop: 16 }}>
          记录调解协议
        </Button>
      </Form>
    </Card>
  );
}
