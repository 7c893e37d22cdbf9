import { Form, Input, InputNumber, Modal, Select, Typography } from "antd";
import { useState } from "react";
import { useSession } from "../../app/session-context";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { submitForm } from "../../forms/submit";
import { Centres, ExtendDeadline, ReassignDispute, UrgeStage } from "../../graph/oversight-operations";
import type { OverdueStage } from "../../graph/oversight-types";
import type { Problem } from "../../graph/refusal";
import { useQuery } from "../../graph/use-query";
import { DEADLINE_STAGE, formatTime } from "../../labels/zh";

interface DialogProps {
  stage: OverdueStage;
  onClose: () => void;
  onDone: (message: string) => void;
}

const numberOf = (stage: OverdueStage) => stage.dispute?.number ?? "";

/** 督促: what the supervisor asks of the stage's handler. */
export function UrgeDialog({ stage, onClose, onDone }: DialogProps) {
  const [form] = Form.useForm<{ note?: string }>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const urge = async ({ note }: { note?: string }) => {
    const input = { disputeId: stage.dispute?.id ?? "", stage: stage.stage, note: note?.trim() ?? "" };
    const data = await submitForm(form, UrgeStage, { input }, setProblems);
    if (data) onDone(`已督促 ${numberOf(stage)}（第 ${data.urgeStage.urgeCount} 次）`);
  };
  return (
    <Modal title={`督促 ${numberOf(stage)}`} open onCancel={onClose} onOk={() => form.submit()} okText="发出督促" cancelText="取消">
      <RefusalAlert problems={problems} />
      <Typography.Paragraph>
        {DEADLINE_STAGE[stage.stage]}阶段，期限 {formatTime(stage.dueAt)}（{stage.basis}），已超期 {stage.overdueDays} 天，已督促{" "}
        {stage.urgeCount} 次。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => void urge(values)}>
        <Form.Item name="note" label="督促意见" rules={[{ required: true, whitespace: true, message: "请填写督促意见" }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 延期: within what the stage's rule still allows; the graph checks the bound again. */
export function ExtendDialog({ stage, onClose, onDone }: DialogProps) {
  const [form] = Form.useForm<{ days?: number; reason?: string }>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const left = Math.max(0, stage.maxExtensionDays - stage.extendedDays);
  const extend = async ({ days, reason }: { days?: number; reason?: string }) => {
    const input = { disputeId: stage.dispute?.id ?? "", stage: stage.stage, days: days ?? 0, reason: reason?.trim() ?? "" };
    const data = await submitForm(form, ExtendDeadline, { input }, setProblems);
    if (data) onDone(`已延期 ${numberOf(stage)}，新期限 ${formatTime(data.extendDeadline.dueAt)}`);
  };
  return (
    <Modal title={`延期 ${numberOf(stage)}`} open onCancel={onClose} onOk={() => form.submit()} okText="延期" cancelText="取消">
      <RefusalAlert problems={problems} />
      <Typography.Paragraph>
        本阶段最多可延期 {stage.maxExtensionDays} 天，已延期 {stage.extendedDays} 天，尚可延期 {left} 天（依据：
        {stage.extensionBasis ?? "—"}）。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => void extend(values)}>
        <Form.Item name="days" label="延期天数" rules={[{ required: true, message: "请填写延期天数" }]}>
          <InputNumber min={1} max={left || undefined} precision={0} />
        </Form.Item>
        <Form.Item name="reason" label="延期理由" rules={[{ required: true, whitespace: true, message: "请填写延期理由" }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 改派: to another centre of the supervisor's jurisdiction, with the reason. */
export function ReassignDialog({ stage, onClose, onDone }: DialogProps) {
  const { user } = useSession();
  const [form] = Form.useForm<{ toCentreId?: string; reason?: string }>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const centres = useQuery(Centres, { divisionCode: user.jurisdictionCode });
  const reassign = async ({ toCentreId, reason }: { toCentreId?: string; reason?: string }) => {
    const input = { disputeId: stage.dispute?.id ?? "", toCentreId, reason: reason?.trim() ?? "" };
    const data = await submitForm(form, ReassignDispute, { input }, setProblems);
    if (data) onDone(`已改派 ${numberOf(stage)} 至 ${data.reassignDispute.handlingCentre?.name ?? ""}`);
  };
  return (
    <Modal title={`改派 ${numberOf(stage)}`} open onCancel={onClose} onOk={() => form.submit()} okText="改派" cancelText="取消">
      <RefusalAlert problems={problems} />
      <Form form={form} layout="vertical" onFinish={(values) => void reassign(values)}>
        <Form.Item name="toCentreId" label="改派至综治中心" rules={[{ required: true, message: "请选择综治中心" }]}>
          <Select
            loading={centres.loading}
            options={(centres.data?.centres ?? [])
              .filter((centre) => centre.id !== stage.centre.id)
              .map((centre) => ({ value: centre.id, label: `${centre.name}（${centre.division.name}）` }))}
          />
        </Form.Item>
        <Form.Item name="reason" label="改派理由" rules={[{ required: true, whitespace: true, message: "请填写改派理由" }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
