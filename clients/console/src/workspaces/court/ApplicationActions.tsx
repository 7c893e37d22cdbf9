import { Alert, Button, Card, Form, Input, Radio, Select } from "antd";
import { useState } from "react";
import { useSession } from "../../app/session-context";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { submitForm } from "../../forms/submit";
import { DecideConfirmationAcceptance, RuleOnConfirmation, StartConfirmationReview } from "../../graph/operations";
import type { Problem } from "../../graph/refusal";
import type { ApplicationDetail, NotAcceptedGround, RejectionGround } from "../../graph/types";
import { MATERIAL, NOT_ACCEPTED_GROUND, options, REJECTION_GROUND } from "../../labels/zh";

interface StepProps {
  application: ApplicationDetail;
  onDone: () => void;
}

interface AcceptanceValues {
  accept: boolean;
  notAcceptedGround?: NotAcceptedGround;
  reason?: string;
  caseNumber?: string;
}

/** 受理 (assigning the 民特 case number) or 裁定不予受理 on a 民诉法解释 355 ground, within 3 days. */
function AcceptanceForm({ application, onDone }: StepProps) {
  const [form] = Form.useForm<AcceptanceValues>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const accept = Form.useWatch("accept", form) ?? true;
  // 法〔2015〕137号: where the court's case-management system issues its numbers, the clerk enters that number.
  const numberFromSystem = application.court.caseNumbers === "COURT_SYSTEM";
  const incomplete = application.missingMaterials.length > 0 || application.supplementOrders.some((order) => !order.suppliedAt);
  const decide = async (values: AcceptanceValues) => {
    const accepted = values.accept !== false;
    const input = accepted
      ? {
          applicationId: application.id,
          accept: true,
          reason: values.reason?.trim() || undefined,
          caseNumber: numberFromSystem ? values.caseNumber?.trim() || undefined : undefined,
        }
      : {
          applicationId: application.id,
          accept: false,
          notAcceptedGround: values.notAcceptedGround,
          reason: values.reason?.trim() || undefined,
        };
    if (await submitForm(form, DecideConfirmationAcceptance, { input }, setProblems)) onDone();
  };
  return (
    <Card title="受理审查（三日内决定）">
      {incomplete && accept !== false && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="申请材料不齐全，应当限期补交后再决定受理（民诉法解释第三百五十四条）"
          description={
            application.missingMaterials.length ? `尚缺：${application.missingMaterials.map((m) => MATERIAL[m]).join("、")}` : undefined
          }
        />
      )}
      <RefusalAlert problems={problems} />
      <Form<AcceptanceValues>
        form={form}
        layout="vertical"
        initialValues={{ accept: true }}
        onFinish={(values) => void decide(values)}
        aria-label="受理决定"
      >
        <Form.Item name="accept" label="决定">
          <Radio.Group
            options={[
              { value: true, label: "受理（编立民特案号）" },
              { value: false, label: "裁定不予受理（民诉法解释第三百五十五条）" },
            ]}
          />
        </Form.Item>
        {accept === false && (
          <Form.Item
            name="notAcceptedGround"
            label="不予受理理由"
            rules={[{ required: true, message: "请选择不予受理的理由（民诉法解释第三百五十五条）" }]}
          >
            <Select options={options(NOT_ACCEPTED_GROUND)} />
          </Form.Item>
        )}
        {accept !== false && numberFromSystem && (
          <Form.Item
            name="caseNumber"
            label="案号（本院案件管理系统编立）"
            rules={[{ required: true, whitespace: true, message: "请填写本院案件管理系统编立的民特案号（法〔2015〕137号）" }]}
          >
            <Input placeholder="（2026）内0202民特1号" style={{ width: 280 }} />
          </Form.Item>
        )}
        <Form.Item name="reason" label="说明">
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {accept === false ? "裁定不予受理" : "受理"}
        </Button>
      </Form>
    </Card>
  );
}

function ReviewForm({ application, onDone }: StepProps) {
  const [form] = Form.useForm();
  const [problems, setProblems] = useState<Problem[]>([]);
  const start = async () => {
    if (await submitForm(form, StartConfirmationReview, { input: { applicationId: application.id } }, setProblems)) onDone();
  };
  return (
    <Card title="审查">
      <RefusalAlert problems={problems} />
      <Form form={form} onFinish={() => void start()}>
        <Button type="primary" htmlType="submit">
          开始审查
        </Button>
      </Form>
    </Card>
  );
}

interface RulingValues {
  outcome: "VALID" | "REJECTED";
  rejectionGround?: RejectionGround;
  reasoning?: string;
}

/** 裁定: the agreement valid (民事诉讼法 art 206), or the application rejected on a 民诉法解释 358 ground. */
function RulingForm({ application, onDone }: StepProps) {
  const [form] = Form.useForm<RulingValues>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const outcome = Form.useWatch("outcome", form) ?? "VALID";
  const heard = new Set(application.hearings.map((hearing) => hearing.partyId));
  const unheard = application.applicantPartyIds.filter((id) => !heard.has(id)).length;
  const rule = async (values: RulingValues) => {
    const rejected = values.outcome === "REJECTED";
    const input = {
      applicationId: application.id,
      outcome: rejected ? ("REJECTED" as const) : ("VALID" as const),
      rejectionGround: rejected ? values.rejectionGround : undefined,
      reasoning: values.reasoning?.trim() || undefined,
    };
    if (await submitForm(form, RuleOnConfirmation, { input }, setProblems)) onDone();
  };
  return (
    <Card title="裁定">
      {unheard > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`尚有 ${unheard} 名申请人未到场核实；作出裁定前须通知双方当事人同时到场核实（民诉法解释第三百五十六条）`}
        />
      )}
      <RefusalAlert problems={problems} />
      <Form<RulingValues>
        form={form}
        layout="vertical"
        initialValues={{ outcome: "VALID" }}
        onFinish={(values) => void rule(values)}
        aria-label="裁定"
      >
        <Form.Item name="outcome" label="裁定结果" rules={[{ required: true, message: "请选择裁定结果" }]}>
          <Radio.Group
            options={[
              { value: "VALID", label: "裁定调解协议有效（民事诉讼法第二百零六条）" },
              { value: "REJECTED", label: "裁定驳回申请" },
            ]}
          />
        </Form.Item>
        {outcome === "REJECTED" && (
          <Form.Item
            name="rejectionGround"
            label="驳回理由（民诉法解释第三百五十八条）"
            rules={[{ required: true, message: "请选择驳回理由（民诉法解释第三百五十八条）" }]}
          >
            <Select options={options(REJECTION_GROUND)} />
          </Form.Item>
        )}
        <Form.Item name="reasoning" label="裁定理由">
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          作出裁定
        </Button>
      </Form>
    </Card>
  );
}

/** What the court does next on an application: accept (民诉法解释 355), start the review, rule (358). */
export function ApplicationActions({ application, onDone }: StepProps) {
  const { user } = useSession();
  const judge = user.roles.includes("JUDGE");
  if (application.status === "FILED") return <AcceptanceForm key="accept" application={application} onDone={onDone} />;
  if (application.status === "ACCEPTED" && judge) return <ReviewForm key="review" application={application} onDone={onDone} />;
  if (application.status === "UNDER_REVIEW" && judge) return <RulingForm key="rule" application={application} onDone={onDone} />;
  return null;
}
