import { Button, Card, Form, Input, Radio, Select, Space } from "antd";
import { useState } from "react";
import { creditCodeProblem } from "../../forms/credit-code";
import { idNumberProblem } from "../../forms/id-number";
import { graph } from "../../graph/client";
import { OrganisationByCreditCode } from "../../graph/operations";
import { GraphRefusal } from "../../graph/refusal";
import { options, PARTY_KIND, PARTY_ROLE } from "../../labels/zh";

const ROLE_OPTIONS = options(PARTY_ROLE);
const KIND_OPTIONS = options(PARTY_KIND);

/** 当事人: each with a role; persons by resident ID number (checked as typed), organisations by credit code. */
export function PartiesFields() {
  const form = Form.useFormInstance();
  const [lookup, setLookup] = useState<Record<number, string>>({});

  const findOrganisation = async (index: number) => {
    const creditCode = String(form.getFieldValue(["parties", index, "creditCode"]) ?? "").trim();
    if (creditCodeProblem(creditCode)) {
      await form.validateFields([["parties", index, "creditCode"]]).catch(() => undefined);
      return;
    }
    try {
      const { organisationByCreditCode } = await graph(OrganisationByCreditCode, { creditCode });
      form.setFieldValue(["parties", index, "name"], organisationByCreditCode.name);
      setLookup((current) => ({ ...current, [index]: `已登记：${organisationByCreditCode.name}` }));
    } catch (error) {
      const notFound = error instanceof GraphRefusal && error.problems.some((problem) => problem.code === "NOT_FOUND");
      setLookup((current) => ({ ...current, [index]: notFound ? "尚未登记，请填写名称，受理后登记" : "查询未完成，请稍后重试" }));
    }
  };

  return (
    <Form.List name="parties">
      {(fields, { add, remove }) => (
        <Space direction="vertical" style={{ width: "100%" }}>
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              title={`当事人 ${index + 1}`}
              extra={
                fields.length > 2 ? (
                  <Button type="link" onClick={() => remove(field.name)} aria-label={`删除当事人 ${index + 1}`}>
                    删除
                  </Button>
                ) : null
              }
            >
              <Space wrap align="start">
                <Form.Item name={[field.name, "role"]} label="当事人地位" rules={[{ required: true, message: "请选择当事人地位" }]}>
                  <Select options={ROLE_OPTIONS} style={{ width: 140 }} aria-label={`当事人 ${index + 1} 地位`} />
                </Form.Item>
                <Form.Item name={[field.name, "kind"]} label="类型" rules={[{ required: true, message: "请选择类型" }]}>
                  <Radio.Group options={KIND_OPTIONS} aria-label={`当事人 ${index + 1} 类型`} />
                </Form.Item>
              </Space>
              <Form.Item noStyle dependencies={[["parties", field.name, "kind"]]}>
                {() =>
                  form.getFieldValue(["parties", field.name, "kind"]) === "ORGANISATION" ? (
                    <Space wrap align="start">
                      <Form.Item
                        name={[field.name, "creditCode"]}
                        label="统一社会信用代码"
                        validateTrigger={["onChange", "onBlur"]}
                        rules={[
                          {
                            validator: (_, value?: string) =>
                              !value || !creditCodeProblem(value) ? Promise.resolve() : Promise.reject(new Error(creditCodeProblem(value))),
                          },
                        ]}
                        extra={lookup[field.name]}
                      >
                        <Input style={{ width: 240 }} maxLength={18} aria-label={`当事人 ${index + 1} 统一社会信用代码`} />
                      </Form.Item>
                      <Form.Item label=" " colon={false}>
                        <Button onClick={() => void findOrganisation(field.name)}>按代码查询</Button>
                      </Form.Item>
                      <Form.Item name={[field.name, "name"]} label="名称" rules={[{ required: true, message: "请填写名称" }]}>
                        <Input style={{ width: 280 }} aria-label={`当事人 ${index + 1} 名称`} />
                      </Form.Item>
                    </Space>
                  ) : (
                    <Space wrap align="start">
                      <Form.Item name={[field.name, "name"]} label="姓名" rules={[{ required: true, message: "请填写姓名" }]}>
                        <Input style={{ width: 160 }} aria-label={`当事人 ${index + 1} 姓名`} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, "idNumber"]}
                        label="居民身份证号码"
                        validateTrigger="onChange"
                        rules={[
                          {
                            validator: (_, value?: string) =>
                              !value || !idNumberProblem(value) ? Promise.resolve() : Promise.reject(new Error(idNumberProblem(value))),
                          },
                        ]}
                      >
                        <Input style={{ width: 220 }} maxLength={18} autoComplete="off" aria-label={`当事人 ${index + 1} 居民身份证号码`} />
                      </Form.Item>
                      <Form.Item name={[field.name, "phone"]} label="电话">
                        <Input style={{ width: 160 }} autoComplete="off" aria-label={`当事人 ${index + 1} 电话`} />
                      </Form.Item>
                    </Space>
                  )
                }
              </Form.Item>
            </Card>
          ))}
          <Button onClick={() => add({ role: "THIRD_PARTY", kind: "PERSON" })}>添加当事人</Button>
        </Space>
      )}
    </Form.List>
  );
}
