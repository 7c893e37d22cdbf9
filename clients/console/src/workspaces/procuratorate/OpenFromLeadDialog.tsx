import { Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import { navigate } from "../../app/router";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { submitForm } from "../../forms/submit";
import { OpenSupervisionCaseFromLead } from "../../graph/oversight-operations";
import type { SupervisionGrounds, SupervisionLeadRow } from "../../graph/oversight-types";
import type { Problem } from "../../graph/refusal";
import { LEAD_KIND, OWN_MOTION_GROUNDS, SUPERVISION_GROUNDS } from "../../labels/oversight-zh";
import { FlagsPanel } from "./FlagsPanel";

interface Values {
  grounds?: SupervisionGrounds;
  summary?: string;
}

/** 依职权立案 from a ruling or an agreement, on one of the own-motion grounds (人民检察院民事诉讼监督规则 art 37), its red flags in view. */
export function OpenFromLeadDialog({ lead, onClose }: { lead: SupervisionLeadRow; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<Problem[]>([]);
  // One key per dialog: a retry of the same opening returns the case first opened.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const open = async (values: Values) => {
    const input = {
      leadKind: lead.kind,
      leadId: lead.id,
      grounds: values.grounds ?? "FALSE_LITIGATION",
      summary: values.summary?.trim() ?? "",
      idempotencyKey,
    };
    const data = await submitForm(form, OpenSupervisionCaseFromLead, { input }, setProblems);
    if (data) navigate(`/procuratorate/case/${data.openSupervisionCaseFromLead.id}`);
  };
  return (
    <Modal
      title={`立案监督 ${lead.disputeNumber}（${LEAD_KIND[lead.kind]}${lead.caseNumber ? ` ${lead.caseNumber}` : ""}）`}
      open
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="立案"
      cancelText="取消"
      width={880}
    >
      <FlagsPanel disputeId={lead.dispute.id} />
      <Form<Values> form={form} layout="vertical" style={{ marginTop: 16 }} onFinish={(values) => void open(values)}>
        <RefusalAlert problems={problems} />
        <Form.Item name="grounds" label="监督事由" rules={[{ required: true, message: "请选择依职权监督的事由（监督规则第三十七条）" }]}>
          <Select options={OWN_MOTION_GROUNDS.map((value) => ({ value, label: SUPERVISION_GROUNDS[value] }))} />
        </Form.Item>
        <Form.Item
          name="summary"
          label="立案理由"
          rules={[
            { required: true, whitespace: true, message: "请填写立案理由" },
            { max: 5000, message: "立案理由不超过5000字" },
          ]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
