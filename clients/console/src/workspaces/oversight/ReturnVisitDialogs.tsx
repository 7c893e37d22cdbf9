import { Form, Input, Modal, Radio, Select } from "antd";
import { useState } from "react";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { submitForm } from "../../forms/submit";
import { CloseDispute, RecordReturnVisit } from "../../graph/oversight-operations";
import type { ContactMethod, ResolvedDisputeRow, ReturnVisitOutcome, ReturnVisitSatisfaction } from "../../graph/oversight-types";
import type { Problem } from "../../graph/refusal";
import { options } from "../../labels/zh";
import { CONTACT_METHOD, RETURN_VISIT_OUTCOME, SATISFACTION } from "../../labels/oversight-zh";

interface DialogProps {
  dispute: ResolvedDisputeRow;
  onClose: () => void;
  onDone: (message: string) => void;
}

interface VisitValues {
  method?: ContactMethod;
  outcome?: ReturnVisitOutcome;
  satisfaction?: ReturnVisitSatisfaction;
  notes?: string;
  notificationMethod?: ContactMethod;
  notificationSummary?: string;
}

/** 回访: whether what was agreed has been carried out, the applicant's satisfaction, and how they were told the outcome. */
export function ReturnVisitDialog({ dispute, onClose, onDone }: DialogProps) {
  const [form] = Form.useForm<VisitValues>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const record = async (values: VisitValues) => {
    const input = {
      disputeId: dispute.id,
      method: values.method ?? "PHONE",
      outcome: values.outcome ?? "PERFORMED",
      satisfaction: values.satisfaction ?? "SATISFIED",
      notes: values.notes?.trim() ?? "",
      notificationMethod: values.notificationMethod ?? "PHONE",
      notificationSummary: values.notificationSummary?.trim() ?? "",
    };
    if (await submitForm(form, RecordReturnVisit, { input }, setProblems)) onDone(`已记录 ${dispute.number} 的回访`);
  };
  const required = (message: string) => [{ required: true, whitespace: true, message }];
  return (
    <Modal
      title={`回访 ${dispute.number}`}
      open
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="记录回访"
      cancelText="取消"
      width={640}
    >
      <RefusalAlert problems={problems} />
      <Form<VisitValues>
        form={form}
        layout="vertical"
        initialValues={{ method: "PHONE", notificationMethod: "PHONE" }}
        onFinish={(values) => void record(values)}
      >
        <Form.Item name="method" label="回访方式" rules={required("请选择回访方式")}>
          <Select options={options(CONTACT_METHOD)} />
        </Form.Item>
        <Form.Item name="outcome" label="履行情况" rules={[{ required: true, message: "请选择履行情况" }]}>
          <Radio.Group options={options(RETURN_VISIT_OUTCOME)} />
        </Form.Item>
        <Form.Item name="satisfaction" label="满意度" rules={[{ required: true, message: "请选择满意度" }]}>
          <Radio.Group options={options(SATISFACTION)} />
        </Form.Item>
        <Form.Item name="notes" label="回访记录" rules={required("请填写回访记录")}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="notificationMethod" label="反馈方式" rules={required("请选择反馈方式")}>
          <Select options={options(CONTACT_METHOD)} />
        </Form.Item>
        <Form.Item name="notificationSummary" label="反馈内容" rules={required("请填写告知申请人的内容")}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 结案: after the return visit, or with the reason there was none. */
export function CloseDialog({ dispute, onClose, onDone }: DialogProps) {
  const [form] = Form.useForm<{ reason?: string }>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const visited = !!dispute.returnVisit;
  const close = async ({ reason }: { reason?: string }) => {
    const input = { disputeId: dispute.id, reason: visited ? undefined : reason?.trim() || undefined };
    if (await submitForm(form, CloseDispute, { input }, setProblems)) onDone(`${dispute.number} 已结案`);
  };
  return (
    <Modal title={`结案 ${dispute.number}`} open onCancel={onClose} onOk={() => form.submit()} okText="结案" cancelText="取消">
      <RefusalAlert problems={problems} />
      <Form form={form} layout="vertical" onFinish={(values) => void close(values)}>
        {visited ? (
          <p>已完成回访，确认结案。</p>
        ) : (
          <Form.Item
            name="reason"
            label="未回访的原因"
            rules={[{ required: true, whitespace: true, message: "未回访的，请填写原因（如无法联系当事人）" }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
