import { Form, Input, Modal, Radio, Select, Space, Typography } from "antd";
import { useState } from "react";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { submitForm } from "../../forms/submit";
import { RouteDispute, RoutingTargets } from "../../graph/operations";
import type { Problem } from "../../graph/refusal";
import { useQuery } from "../../graph/use-query";
import type { Department, HandlingTier, QueuedDispute, StationingMode } from "../../graph/types";
import { options, STATIONING, TIER } from "../../labels/zh";

interface Values {
  how: "RULE" | "MANUAL";
  target?: string;
  stationingMode?: StationingMode;
  tier?: HandlingTier;
  overrideReason?: string;
}

/** 分流: by the configured rule's suggestion, or to an organisation the clerk names with a reason. */
export function RouteDialog({ dispute, onClose, onRouted }: { dispute: QueuedDispute; onClose: () => void; onRouted: () => void }) {
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const county = dispute.place.code.slice(0, 6);
  const targets = useQuery(RoutingTargets, { divisionCode: county });
  const suggestion = dispute.suggestedRouting;
  const how = Form.useWatch("how", form);

  const targetOptions = [
    ...(targets.data?.mediationCommittees ?? []).map((c) => ({ value: `JUSTICE:${c.id}`, label: `调解委员会：${c.name}` })),
    ...(targets.data?.courts ?? []).map((c) => ({ value: `COURT:${c.id}`, label: `法院：${c.name}` })),
  ];
  const suggestedName = suggestion
    ? targetOptions.find((o) => o.value === `${suggestion.target.department}:${suggestion.target.organisationId}`)?.label
    : undefined;

  const submit = async (values: Values) => {
    const [department = "JUSTICE", organisationId = ""] = (values.target ?? "").split(":") as [Department?, string?];
    const input =
      values.how === "RULE"
        ? { disputeId: dispute.id, idempotencyKey: crypto.randomUUID() }
        : {
            disputeId: dispute.id,
            target: { department, organisationId },
            stationingMode: values.stationingMode,
            tier: values.tier,
            overrideReason: values.overrideReason?.trim() || undefined,
            idempotencyKey: crypto.randomUUID(),
          };
    const data = await submitForm(form, RouteDispute, { input }, setProblems, {
      "input.target": ["target"],
      "input.target.organisationId": ["target"],
    });
    if (data) onRouted();
  };

  return (
    <Modal
      title={`分流 ${dispute.number}`}
      open
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="确认分流"
      cancelText="取消"
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ how: suggestion ? "RULE" : "MANUAL", stationingMode: "PERMANENT", tier: "STATIONED" }}
        onFinish={(values) => void submit(values)}
      >
        <RefusalAlert problems={problems} />
        {suggestion ? (
          <Typography.Paragraph>
            建议分流：{suggestedName ?? suggestion.target.organisationId}（{STATIONING[suggestion.stationingMode]}，{TIER[suggestion.tier]}
            ）
            <br />
            规则依据：{suggestion.basis}
          </Typography.Paragraph>
        ) : (
          <Typography.Paragraph>没有匹配的分流规则，请人工指定承办单位。</Typography.Paragraph>
        )}
        <Form.Item name="how" label="分流方式">
          <Radio.Group>
            <Radio value="RULE" disabled={!suggestion}>
              按规则建议
            </Radio>
            <Radio value="MANUAL">人工指定</Radio>
          </Radio.Group>
        </Form.Item>
        {how === "MANUAL" && (
          <Space direction="vertical" style={{ width: "100%" }}>
            <Form.Item name="target" label="承办单位" rules={[{ required: true, message: "请选择承办单位" }]}>
              <Select options={targetOptions} loading={targets.loading} />
            </Form.Item>
            <Space wrap>
              <Form.Item name="stationingMode" label="入驻方式">
                <Select options={options(STATIONING)} style={{ width: 140 }} />
              </Form.Item>
              <Form.Item name="tier" label="调处层级">
                <Select options={options(TIER)} style={{ width: 220 }} />
              </Form.Item>
            </Space>
            <Form.Item name="overrideReason" label="人工调整理由（与规则不同时必填）">
              <Input.TextArea rows={2} />
            </Form.Item>
          </Space>
        )}
      </Form>
    </Modal>
  );
}
