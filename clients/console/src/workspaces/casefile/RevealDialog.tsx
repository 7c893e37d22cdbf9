import { Alert, Checkbox, Descriptions, Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { submitForm } from "../../forms/submit";
import { RevealPersonalData } from "../../graph/operations";
import type { Problem } from "../../graph/refusal";
import type { CaseFileParty, DisclosurePurpose, PersonalDataField } from "../../graph/types";
import { DISCLOSURE_PURPOSE, options } from "../../labels/zh";

const FIELD_LABEL: Record<PersonalDataField, string> = { ID_NUMBER: "居民身份证号码", PHONE: "电话", ADDRESS: "住址" };

interface Values {
  fields: PersonalDataField[];
  purpose?: DisclosurePurpose;
  purposeDetail?: string;
}

/** 查看完整信息: one audited read of a party's personal data, for a stated purpose (个人信息保护法 arts 6, 28). */
export function RevealDialog({ party, onClose }: { party: CaseFileParty; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [values, setValues] = useState<{ field: PersonalDataField; value: string | null }[]>();

  const submit = async (input: Values) => {
    const data = await submitForm(
      form,
      RevealPersonalData,
      {
        input: {
          partyId: party.id,
          fields: input.fields,
          purpose: input.purpose ?? "CONTACT_PARTY",
          purposeDetail: input.purposeDetail?.trim() ?? "",
        },
      },
      setProblems,
    );
    if (data) setValues(data.revealPersonalData.values);
  };

  return (
    <Modal
      title={`查看完整信息：${party.name}`}
      open
      onCancel={onClose}
      onOk={() => (values ? onClose() : form.submit())}
      okText={values ? "关闭" : "查看"}
      cancelText="取消"
    >
      {values ? (
        <>
          <Alert type="info" showIcon title="本次查看已记录（查阅人、事由、时间）。" style={{ marginBottom: 12 }} />
          <Descriptions column={1} bordered size="small">
            {values.map((item) => (
              <Descriptions.Item key={item.field} label={FIELD_LABEL[item.field]}>
                {item.value ?? "未登记"}
              </Descriptions.Item>
            ))}
          </Descriptions>
        </>
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ fields: ["ID_NUMBER", "PHONE"] }}
          onFinish={(input) => void submit(input)}
          aria-label="查看完整信息"
        >
          <RefusalAlert problems={problems} />
          <Form.Item name="fields" label="查看项目" rules={[{ required: true, message: "请选择查看项目" }]}>
            <Checkbox.Group
              options={(Object.keys(FIELD_LABEL) as PersonalDataField[]).map((value) => ({ value, label: FIELD_LABEL[value] }))}
            />
          </Form.Item>
          <Form.Item name="purpose" label="查阅目的" rules={[{ required: true, message: "请选择查阅目的" }]}>
            <Select options={options(DISCLOSURE_PURPOSE)} />
          </Form.Item>
          <Form.Item
            name="purposeDetail"
            label="查阅事由（4 至 500 字）"
            rules={[{ required: true, min: 4, max: 500, message: "请说明查阅事由（4 至 500 字，个人信息保护法第六条）" }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
