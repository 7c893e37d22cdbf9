import { Checkbox, Form, Modal, Select, Typography } from "antd";
import { useState } from "react";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { submitForm } from "../../forms/submit";
import { useDraftForm } from "../../forms/use-draft-form";
import { FileConfirmationApplication } from "../../graph/operations";
import type { Problem } from "../../graph/refusal";
import type { ApplicationMaterial, CourtDisputeRow, Named } from "../../graph/types";
import { MATERIAL, options, PARTY_ROLE } from "../../labels/zh";

interface Values {
  courtId?: string;
  applicantPartyIds: string[];
  materials: ApplicationMaterial[];
}

/** 司法确认申请: the parties apply jointly (民事诉讼法 art 205; 民诉法解释 351), by keys only. */
export function FileApplicationDialog({
  dispute,
  mediationCaseId,
  courts,
  onClose,
  onFiled,
}: {
  dispute: CourtDisputeRow;
  mediationCaseId: string;
  courts: Named[];
  onClose: () => void;
  onFiled: (id: string) => void;
}) {
  const { form, initialValues, onValuesChange, discardDraft } = useDraftForm<Values>(`application.${mediationCaseId}`, {
    courtId: courts[0]?.id,
    applicantPartyIds: [],
    materials: [],
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  const submit = async (values: Values) => {
    const data = await submitForm(
      form,
      FileConfirmationApplication,
      {
        input: {
          mediationCaseId,
          courtId: values.courtId ?? "",
          applicantPartyIds: values.applicantPartyIds,
          materials: values.materials,
          idempotencyKey: crypto.randomUUID(),
        },
      },
      setProblems,
    );
    if (data) {
      discardDraft();
      onFiled(data.fileConfirmationApplication.id);
    }
  };
  return (
    <Modal
      title={`登记司法确认申请 ${dispute.number}`}
      open
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="登记申请"
      cancelText="取消"
    >
      <Typography.Paragraph>
        受调解协议约束的各方当事人应当共同申请（民事诉讼法第二百零五条，民诉法解释第三百五十一条）。
      </Typography.Paragraph>
      <RefusalAlert problems={problems} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        onFinish={(values) => void submit(values)}
        aria-label="司法确认申请"
      >
        <Form.Item name="courtId" label="受理法院" rules={[{ required: true, message: "请选择法院" }]}>
          <Select options={courts.map((court) => ({ value: court.id, label: court.name }))} />
        </Form.Item>
        <Form.Item name="applicantPartyIds" label="申请人" rules={[{ required: true, message: "请选择申请人" }]}>
          <Checkbox.Group
            options={dispute.parties.map((party) => ({ value: party.id, label: `${PARTY_ROLE[party.role]} ${party.name}` }))}
          />
        </Form.Item>
        <Form.Item name="materials" label="提交的材料（民诉法解释第三百五十四条）">
          <Checkbox.Group options={options(MATERIAL)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
