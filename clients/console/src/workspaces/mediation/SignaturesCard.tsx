import { Alert, Button, Card, Descriptions, List, Select, Space, Tag } from "antd";
import { useState } from "react";
import { graph } from "../../graph/client";
import { SealAgreement, SignAgreement } from "../../graph/operations";
import { GraphRefusal, type Problem } from "../../graph/refusal";
import type { MediationCaseDetail, SignatureMethod } from "../../graph/types";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { formatTime, PARTY_ROLE, SIGNATURE_METHOD } from "../../labels/zh";

/** 签署与盖章: every bound party, the mediator, then the committee seal; the agreement takes effect at the last (人民调解法 art 29). */
export function SignaturesCard({ mediation, onDone }: { mediation: MediationCaseDetail; onDone: () => void }) {
  const agreement = mediation.agreement;
  const [methods, setMethods] = useState<Record<string, SignatureMethod>>({});
  const [problems, setProblems] = useState<Problem[]>([]);
  // One step at a time: a click while the last step is still being recorded acts on a stale page.
  const [busy, setBusy] = useState(false);
  if (!agreement) return null;
  const parties = mediation.dispute?.parties ?? [];
  const nameOf = (id: string | null) => parties.find((p) => p.id === id)?.name ?? "调解员";

  const act = async (action: () => Promise<unknown>) => {
    setProblems([]);
    setBusy(true);
    try {
      await action();
      onDone();
    } catch (error) {
      if (error instanceof GraphRefusal) setProblems(error.problems);
      else throw error;
    } finally {
      setBusy(false);
    }
  };

  const signParty = (partyId: string) =>
    act(() =>
      graph(SignAgreement, {
        input: {
          agreementId: agreement.id,
          signer: "PARTY",
          partyId,
          method: methods[partyId] ?? "SIGNATURE",
          idempotencyKey: crypto.randomUUID(),
        },
      }),
    );
  const signMediator = () =>
    act(() =>
      graph(SignAgreement, {
        input: { agreementId: agreement.id, signer: "MEDIATOR", method: "SIGNATURE", idempotencyKey: crypto.randomUUID() },
      }),
    );
  const seal = () => act(() => graph(SealAgreement, { input: { agreementId: agreement.id } }));

  return (
    <Card title="调解协议" style={{ marginBottom: 16 }}>
      <RefusalAlert problems={problems} />
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="协议状态">
          {agreement.status === "EFFECTIVE" ? <Tag color="green">已生效</Tag> : <Tag color="orange">待签署</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label="达成时间">{formatTime(agreement.reachedAt)}</Descriptions.Item>
        <Descriptions.Item label="生效时间">
          <span aria-label="协议生效时间">
            {agreement.effectiveAt
              ? formatTime(agreement.effectiveAt)
              : "各方当事人签名、调解员签名并加盖调解委员会印章后生效（人民调解法第二十九条）"}
          </span>
        </Descriptions.Item>
        {agreement.terms.map((term) => (
          <Descriptions.Item key={term.id} label={`履行事项 ${term.position}`}>
            {term.obligation}；履行方式：{term.manner}；履行地点：{term.place ?? "—"}；履行期限：{formatTime(term.deadline)}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <List
        header="已签署"
        size="small"
        dataSource={agreement.signatures}
        renderItem={(s) => (
          <List.Item>
            {s.signer === "MEDIATOR" ? "调解员" : nameOf(s.partyId)} · {SIGNATURE_METHOD[s.method]} · {formatTime(s.signedAt)}
          </List.Item>
        )}
      />
      {agreement.form === "WRITTEN" && agreement.status !== "EFFECTIVE" && (
        <Space direction="vertical" style={{ width: "100%" }}>
          {agreement.unsignedPartyIds.map((partyId) => {
            const party = parties.find((p) => p.id === partyId);
            return (
              <Space key={partyId}>
                <span>
                  {party ? PARTY_ROLE[party.role] : ""} {nameOf(partyId)}
                </span>
                <Select<SignatureMethod>
                  aria-label={`${nameOf(partyId)} 签署方式`}
                  value={methods[partyId] ?? "SIGNATURE"}
                  onChange={(method) => setMethods((current) => ({ ...current, [partyId]: method }))}
                  options={(Object.keys(SIGNATURE_METHOD) as SignatureMethod[]).map((value) => ({ value, label: SIGNATURE_METHOD[value] }))}
                  style={{ width: 120 }}
                />
                <Button disabled={busy} onClick={() => void signParty(partyId)}>
                  记录 {nameOf(partyId)} 签署
                </Button>
              </Space>
            );
          })}
          {!agreement.mediatorSigned && (
            <Button disabled={busy} onClick={() => void signMediator()}>
              调解员签名
            </Button>
          )}
          {!agreement.sealedAt && (
            <Button disabled={busy} onClick={() => void seal()}>
              加盖调解委员会印章
            </Button>
          )}
        </Space>
      )}
      {agreement.status === "EFFECTIVE" && (
        <Alert
          style={{ marginTop: 16 }}
          type="success"
          showIcon
          role="status"
          title={`调解协议已于 ${formatTime(agreement.effectiveAt)} 生效，当事人可在三十日内共同申请司法确认（民事诉讼法第二百零五条）`}
        />
      )}
    </Card>
  );
}
