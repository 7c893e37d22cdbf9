import { Alert, Button, Card, Form, Input, InputNumber, Result, Select, Space } from "antd";
import { useRef, useState } from "react";
import { navigate } from "../../app/router";
import { useSession } from "../../app/session-context";
import { DivisionPicker } from "../../forms/DivisionPicker";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { submitForm } from "../../forms/submit";
import { useDraftForm } from "../../forms/use-draft-form";
import { graph } from "../../graph/client";
import { LinkDuplicate, ReceiveDispute } from "../../graph/operations";
import { GraphRefusal, type Problem } from "../../graph/refusal";
import type { DisputeCategory, DisputeChannel, DuplicatePreviewCandidate, PartyKind, PartyRole, ReceivedDispute } from "../../graph/types";
import { CATEGORY, CHANNEL, options } from "../../labels/zh";
import { PageTitle } from "../../layout/PageTitle";
import { DuplicateCandidates, linkedMessage } from "./DuplicateCandidates";
import { DuplicatePreview } from "./DuplicatePreview";
import { PartiesFields } from "./PartiesFields";

interface PartyValues {
  role: PartyRole;
  kind: PartyKind;
  name?: string;
  idNumber?: string;
  phone?: string;
  creditCode?: string;
}

interface ReceiveValues {
  channel: DisputeChannel;
  category?: DisputeCategory;
  placeCode?: string[];
  facts?: string;
  claims?: string;
  amountYuan?: number | null;
  parties: PartyValues[];
}

const DEFAULTS: Partial<ReceiveValues> = {
  channel: "WALK_IN",
  parties: [
    { role: "APPLICANT", kind: "PERSON" },
    { role: "RESPONDENT", kind: "PERSON" },
  ],
};

function partyInput(party: PartyValues) {
  const text = (value?: string) => (value?.trim() ? value.trim() : undefined);
  return {
    role: party.role,
    kind: party.kind,
    name: party.name?.trim() ?? "",
    ...(party.kind === "PERSON"
      ? { idNumber: text(party.idNumber)?.toUpperCase(), phone: text(party.phone) }
      : { creditCode: text(party.creditCode)?.toUpperCase() }),
  };
}

/** 受理登记: one dispute as the resident tells it, entered once. */
export default function ReceivePage() {
  const { user } = useSession();
  const { form, initialValues, onValuesChange, discardDraft } = useDraftForm<ReceiveValues>("receive", DEFAULTS);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saving, setSaving] = useState(false);
  const [received, setReceived] = useState<ReceivedDispute>();
  const [decided, setDecided] = useState<string>();
  // The candidate the clerk chose before saving (提交并关联): linked as soon as the receipt's review names it.
  const linkTo = useRef<DuplicatePreviewCandidate | undefined>(undefined);

  const linkChosen = async (dispute: ReceivedDispute) => {
    const survivorId = linkTo.current?.dispute?.id;
    linkTo.current = undefined;
    const review = dispute.duplicateReview;
    if (!survivorId || review?.status !== "OPEN" || !review.candidates.some((c) => c.dispute?.id === survivorId)) return;
    try {
      const { linkDuplicate } = await graph(LinkDuplicate, { input: { disputeId: dispute.id, survivorId } });
      setDecided(linkedMessage(dispute.number, linkDuplicate.linkedTo?.number));
    } catch (error) {
      // The review stays open on the page below, to link or override by hand.
      if (error instanceof GraphRefusal) setProblems(error.problems);
      else throw error;
    }
  };

  const onFinish = async (values: ReceiveValues) => {
    if (!values.category) return;
    setSaving(true);
    const data = await submitForm(
      form,
      ReceiveDispute,
      {
        input: {
          channel: values.channel,
          category: values.category,
          placeCode: values.placeCode?.at(-1) ?? "",
          facts: values.facts?.trim() ?? "",
          claims: values.claims?.trim() ?? "",
          ...(values.amountYuan ? { amountFen: Math.round(values.amountYuan * 100) } : {}),
          ...(user.organisationId ? { receivingCentreId: user.organisationId } : {}),
          parties: values.parties.map(partyInput),
          idempotencyKey: crypto.randomUUID(),
        },
      },
      setProblems,
      { "input.amountFen": ["amountYuan"] },
    );
    setSaving(false);
    if (data) {
      discardDraft();
      setReceived(data.receiveDispute);
      await linkChosen(data.receiveDispute);
    } else linkTo.current = undefined;
  };

  const startAnother = () => {
    form.resetFields();
    setReceived(undefined);
    setDecided(undefined);
    setProblems([]);
  };

  if (received) {
    const review = received.duplicateReview;
    return (
      <>
        <PageTitle title="受理登记" />
        <Space direction="vertical" style={{ width: "100%" }} size="large">
          <RefusalAlert problems={problems} />
          <Result
            status={review?.status === "OPEN" && !decided ? "warning" : "success"}
            title={`已受理，纠纷编号 ${received.number}`}
            subTitle={review?.status === "OPEN" && !decided ? "发现疑似重复纠纷，请先核对。" : (decided ?? "可在分流待办中分流。")}
            extra={[
              <Button key="file" onClick={() => navigate(`/case/${received.id}`)}>
                查看案卷
              </Button>,
              <Button key="queue" onClick={() => navigate("/centre/queue")}>
                去分流
              </Button>,
              <Button key="new" type="primary" onClick={startAnother}>
                继续受理
              </Button>,
            ]}
          />
          {review?.status === "OPEN" && !decided && (
            <DuplicateCandidates
              disputeId={received.id}
              disputeNumber={received.number}
              candidates={review.candidates}
              onDecided={setDecided}
            />
          )}
          {decided && <Alert type="success" showIcon role="status" title={decided} />}
        </Space>
      </>
    );
  }

  return (
    <>
      <PageTitle title="受理登记" />
      <Form<ReceiveValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        onFinish={(values) => void onFinish(values)}
        onFinishFailed={() => (linkTo.current = undefined)}
        scrollToFirstError
        aria-label="受理登记"
      >
        <RefusalAlert problems={problems} />
        <Card title="纠纷信息" style={{ marginBottom: 16 }}>
          <Space wrap align="start">
            <Form.Item name="channel" label="受理渠道" rules={[{ required: true, message: "请选择受理渠道" }]}>
              <Select options={options(CHANNEL)} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="category" label="纠纷类别" rules={[{ required: true, message: "请选择纠纷类别" }]}>
              <Select options={options(CATEGORY)} showSearch={{ optionFilterProp: "label" }} style={{ width: 180 }} />
            </Form.Item>
            <Form.Item name="amountYuan" label="争议金额（元）">
              <InputNumber min={0} precision={2} style={{ width: 180 }} />
            </Form.Item>
          </Space>
          <Form.Item
            name="placeCode"
            label="纠纷发生地（至苏木乡镇街道）"
            rules={[
              { required: true, message: "请选择纠纷发生地" },
              {
                validator: (_, value?: string[]) =>
                  !value?.length || value.at(-1)?.length === 9
                    ? Promise.resolve()
                    : Promise.reject(new Error("纠纷发生地须选到苏木、乡、镇或街道")),
              },
            ]}
          >
            <DivisionPicker />
          </Form.Item>
          <Form.Item name="facts" label="事实经过" rules={[{ required: true, message: "请填写事实经过" }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="claims" label="请求事项" rules={[{ required: true, message: "请填写请求事项" }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Card>
        <Card title="当事人" style={{ marginBottom: 16 }}>
          <PartiesFields />
        </Card>
        <DuplicatePreview
          onSubmitAndLink={(candidate) => {
            linkTo.current = candidate;
            form.submit();
          }}
        />
        <Button type="primary" htmlType="submit" size="large" loading={saving} onClick={() => (linkTo.current = undefined)}>
          提交受理
        </Button>
      </Form>
    </>
  );
}
