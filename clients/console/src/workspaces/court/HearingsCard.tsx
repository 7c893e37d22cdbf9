import { Button, Card, Form, Input, Radio, Select, Table, Tag } from "antd";
import { useState } from "react";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { submitForm } from "../../forms/submit";
import { useDraftForm } from "../../forms/use-draft-form";
import { RecordPartyHearing } from "../../graph/operations";
import type { Problem } from "../../graph/refusal";
import type { ApplicationDetail, HearingManner } from "../../graph/types";
import { formatTime, HEARING_MANNER, options, PARTY_ROLE } from "../../labels/zh";
import { chinaMinute } from "./china-time";

const HEARING_RULE = "民诉法解释第三百五十六条";

interface StepProps {
  application: ApplicationDetail;
  onDone: () => void;
}

interface HearingValues {
  partyId?: string;
  manner: HearingManner;
  heardAt?: string;
  notes?: string;
}

function applicantsOf(application: ApplicationDetail) {
  const parties = application.dispute?.parties ?? [];
  return application.applicantPartyIds.map((id) => {
    const party = parties.find((p) => p.id === id);
    const hearing = application.hearings.find((h) => h.partyId === id);
    return { id, label: party ? `${PARTY_ROLE[party.role]} ${party.name}` : id, hearing };
  });
}

/** 到场核实: one applicant appeared (in person or by agent) or was heard online; the time is now unless stated. */
function HearingForm({ application, onDone, unheard }: StepProps & { unheard: { id: string; label: string }[] }) {
  const { form, initialValues, onValuesChange, discardDraft } = useDraftForm<HearingValues>(
    `hearing.${application.id}.${application.hearings.length}`,
    { partyId: unheard[0]?.id, manner: "APPEARED_IN_PERSON" },
  );
  const [problems, setProblems] = useState<Problem[]>([]);
  const record = async (values: HearingValues) => {
    const input = {
      applicationId: application.id,
      partyId: values.partyId ?? "",
      manner: values.manner,
      heardAt: values.heardAt ? chinaMinute(values.heardAt) : undefined,
      notes: values.notes?.trim() || undefined,
    };
    if (await submitForm(form, RecordPartyHearing, { input }, setProblems)) {
      discardDraft();
      onDone();
    }
  };
  return (
    <Form<HearingValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={onValuesChange}
      onFinish={(values) => void record(values)}
      aria-label="记录到场核实"
    >
      <RefusalAlert problems={problems} />
      <Form.Item
        name="partyId"
        label="到场核实的当事人"
        rules={[{ required: true, message: `请选择到场或接受询问的当事人（${HEARING_RULE}）` }]}
      >
        <Select options={unheard.map((party) => ({ value: party.id, label: party.label }))} style={{ width: 280 }} />
      </Form.Item>
      <Form.Item name="manner" label="核实方式" rules={[{ required: true, message: "请选择核实方式" }]}>
        <Radio.Group options={options(HEARING_MANNER)} />
      </Form.Item>
      <Form.Item name="heardAt" label="核实时间" extra="不填写的，记为现在">
        <Input type="datetime-local" style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name="notes" label="询问笔录摘要">
        <Input.TextArea rows={2} />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        记录到场核实
      </Button>
    </Form>
  );
}

/** 民诉法解释 356: before the ruling every applicant appears together with the others, or is heard. */
export function HearingsCard({ application, onDone }: StepProps) {
  const applicants = applicantsOf(application);
  const unheard = applicants.filter((party) => !party.hearing);
  const open = application.status === "ACCEPTED" || application.status === "UNDER_REVIEW";
  return (
    <Card title={`当事人到场核实（${HEARING_RULE}）`} style={{ marginBottom: 16 }}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={applicants}
        aria-label="到场核实情况"
        style={{ marginBottom: 16 }}
        columns={[
          { title: "申请人", dataIndex: "label" },
          {
            title: "核实情况",
            render: (_, party) =>
              party.hearing ? (
                <span>
                  <Tag color="green">{HEARING_MANNER[party.hearing.manner]}</Tag>
                  {formatTime(party.hearing.heardAt)} · {party.hearing.recordedBy.name}
                  {party.hearing.notes ? `：${party.hearing.notes}` : ""}
                </span>
              ) : (
                <Tag color="gold">未核实</Tag>
              ),
          },
        ]}
      />
      {open && unheard.length > 0 && (
        <HearingForm key={application.hearings.length} application={application} onDone={onDone} unheard={unheard} />
      )}
    </Card>
  );
}
