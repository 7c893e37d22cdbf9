import { Alert, Button, Card, Checkbox, Descriptions, Form, Input, Space, Tag } from "antd";
import { useState } from "react";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { submitForm } from "../../forms/submit";
import { useDraftForm } from "../../forms/use-draft-form";
import { DeemConfirmationWithdrawn, OrderMaterialsSupplement, RecordMaterialsSupplied } from "../../graph/operations";
import type { Problem } from "../../graph/refusal";
import type { ApplicationDetail, ApplicationMaterial } from "../../graph/types";
import { formatTime, MATERIAL, options } from "../../labels/zh";
import { endOfChinaDay } from "./china-time";

const MATERIALS_RULE = "民诉法解释第三百五十四条";
const DEEMED_WITHDRAWN_RULE = "民诉法解释第三百五十七条第二款";

interface StepProps {
  application: ApplicationDetail;
  onDone: () => void;
}

interface OrderValues {
  missing: ApplicationMaterial[];
  dueDate?: string;
}

const names = (materials: readonly ApplicationMaterial[]) => materials.map((material) => MATERIAL[material]).join("、");

/** 限期补交: the court names what is to be supplied and by when (the configured period when no date is given). */
function OrderForm({ application, onDone }: StepProps) {
  const unfiled = options(MATERIAL).filter((option) => !application.materials.includes(option.value));
  const { form, initialValues, onValuesChange, discardDraft } = useDraftForm<OrderValues>(`supplement.${application.id}`, {
    missing: [...application.missingMaterials],
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  const order = async (values: OrderValues) => {
    const input = {
      applicationId: application.id,
      missing: values.missing,
      dueAt: values.dueDate ? endOfChinaDay(values.dueDate) : undefined,
    };
    if (await submitForm(form, OrderMaterialsSupplement, { input }, setProblems, { "input.dueAt": ["dueDate"] })) {
      discardDraft();
      onDone();
    }
  };
  return (
    <Form<OrderValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={onValuesChange}
      onFinish={(values) => void order(values)}
      aria-label="责令限期补交"
    >
      <RefusalAlert problems={problems} />
      <Form.Item
        name="missing"
        label="应补交的材料"
        // A validator, not `required`: Ant Design would put aria-required on the group, which no checkbox group may carry.
        rules={[
          {
            validator: (_, value?: ApplicationMaterial[]) =>
              value?.length ? Promise.resolve() : Promise.reject(new Error(`请选择应补交的材料（${MATERIALS_RULE}）`)),
          },
        ]}
      >
        <Checkbox.Group options={unfiled} />
      </Form.Item>
      <Form.Item name="dueDate" label="补交期限" extra="不填写的，按规定的补交期间计算">
        <Input type="date" style={{ width: 180 }} />
      </Form.Item>
      <Button htmlType="submit">责令限期补交</Button>
    </Form>
  );
}

/** The open order: the materials arrived (登记补交), or the deadline passed without them (按撤回申请处理, 357(2)). */
function OpenOrder({ application, onDone, order }: StepProps & { order: ApplicationDetail["supplementOrders"][number] }) {
  const [form] = Form.useForm<{ reason?: string }>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const overdue = new Date(order.dueAt).getTime() < Date.now();
  const supplied = async () => {
    if (await submitForm(form, RecordMaterialsSupplied, { input: { applicationId: application.id } }, setProblems)) onDone();
  };
  const deem = async () => {
    const reason = form.getFieldValue("reason") as string | undefined;
    const input = { applicationId: application.id, reason: reason?.trim() || undefined };
    if (await submitForm(form, DeemConfirmationWithdrawn, { input }, setProblems)) onDone();
  };
  return (
    <Form form={form} layout="vertical" aria-label="补交材料">
      <Alert
        type={overdue ? "warning" : "info"}
        showIcon
        role="status"
        style={{ marginBottom: 16 }}
        title={`已责令于 ${formatTime(order.dueAt)} 前补交：${names(order.missing)}`}
        description={
          overdue
            ? `补交期限已届满；无正当理由逾期未补交的，可以按撤回申请处理（${DEEMED_WITHDRAWN_RULE}）。`
            : `材料补齐前不决定是否受理（${MATERIALS_RULE}）。`
        }
      />
      <RefusalAlert problems={problems} />
      {overdue && (
        <Form.Item name="reason" label="按撤回申请处理的说明">
          <Input.TextArea rows={2} />
        </Form.Item>
      )}
      <Space>
        <Button type="primary" onClick={() => void supplied()}>
          登记已补交
        </Button>
        {overdue && <Button onClick={() => void deem()}>按撤回申请处理</Button>}
      </Space>
    </Form>
  );
}

/** 民诉法解释 354: the materials filed and missing, each order to supply, and the step open now. */
export function MaterialsCard({ application, onDone }: StepProps) {
  // With what must be filed complete, proof of property rights or a power of attorney is ordered only where the court judges it needed.
  const [orderingOther, setOrderingOther] = useState(false);
  const open = application.supplementOrders.find((order) => !order.suppliedAt);
  const beforeRuling = ["FILED", "ACCEPTED", "UNDER_REVIEW"].includes(application.status);
  const anyUnfiled = options(MATERIAL).some((option) => !application.materials.includes(option.value));
  return (
    <Card title={`申请材料（${MATERIALS_RULE}）`} style={{ marginBottom: 16 }}>
      <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="已提交">
          {application.materials.length ? application.materials.map((m) => <Tag key={m}>{MATERIAL[m]}</Tag>) : "无"}
        </Descriptions.Item>
        <Descriptions.Item label="尚缺">
          {application.missingMaterials.length
            ? application.missingMaterials.map((m) => (
                <Tag key={m} color="red">
                  {MATERIAL[m]}
                </Tag>
              ))
            : "无（应当提交的材料已齐全）"}
        </Descriptions.Item>
        {application.supplementOrders.map((order, i) => (
          <Descriptions.Item key={order.id} label={`补交通知 ${i + 1}`}>
            {formatTime(order.orderedAt)} {order.orderedBy.name} 责令补交 {names(order.missing)}，期限 {formatTime(order.dueAt)}；
            {order.suppliedAt ? `已于 ${formatTime(order.suppliedAt)} 补交` : "尚未补交"}
          </Descriptions.Item>
        ))}
      </Descriptions>
      {beforeRuling && open && <OpenOrder application={application} onDone={onDone} order={open} />}
      {beforeRuling && !open && anyUnfiled && (application.missingMaterials.length > 0 || orderingOther) && (
        <OrderForm key={application.supplementOrders.length} application={application} onDone={onDone} />
      )}
      {beforeRuling && !open && anyUnfiled && application.missingMaterials.length === 0 && !orderingOther && (
        <Button onClick={() => setOrderingOther(true)}>责令补交其他材料…</Button>
      )}
    </Card>
  );
}
