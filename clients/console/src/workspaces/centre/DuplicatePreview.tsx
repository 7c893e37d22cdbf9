import { Button, Card, Form, List, Space, Tag, Typography } from "antd";
import type { DuplicatePreviewPartyInput } from "@hub/sdk";
import { useEffect, useState } from "react";
import { idNumberProblem } from "../../forms/id-number";
import { graph } from "../../graph/client";
import { DuplicateCandidates } from "../../graph/operations";
import type { DuplicatePreviewCandidate, PartyKind, PartyRole } from "../../graph/types";
import { CATEGORY, formatTime } from "../../labels/zh";

interface PartyDraft {
  role?: PartyRole;
  kind?: PartyKind;
  name?: string;
  idNumber?: string;
}

// Asked once typing pauses, not on every key.
const PAUSE_MS = 600;

/** What the form holds that duplicate matching reads, once there is something to match on; undefined before. */
function previewInput(placeCode: string | undefined, facts: string, claims: string, parties: PartyDraft[]) {
  if (placeCode?.length !== 9) return undefined;
  const matchable = parties.flatMap((party): DuplicatePreviewPartyInput[] => {
    if (!party.role || !party.kind) return [];
    const name = party.name?.trim() ?? "";
    const idNumber = party.idNumber?.trim().toUpperCase();
    if (party.kind === "PERSON")
      return idNumber && !idNumberProblem(idNumber) ? [{ role: party.role, kind: party.kind, name, idNumber }] : [];
    return name ? [{ role: party.role, kind: party.kind, name }] : [];
  });
  if (!matchable.length) return undefined;
  return { placeCode, facts: facts.trim(), claims: claims.trim(), parties: matchable };
}

/**
 * 提交前查重: while the clerk types, the disputes this submission would be found to repeat (the
 * graph's preview, by intake's own matching), each with its reasons; the clerk may submit and link.
 */
export function DuplicatePreview({ onSubmitAndLink }: { onSubmitAndLink: (candidate: DuplicatePreviewCandidate) => void }) {
  const form = Form.useFormInstance();
  const placeCode = (Form.useWatch("placeCode", form) as string[] | undefined)?.at(-1);
  const facts = (Form.useWatch("facts", form) as string | undefined) ?? "";
  const claims = (Form.useWatch("claims", form) as string | undefined) ?? "";
  const parties = (Form.useWatch("parties", form) as PartyDraft[] | undefined) ?? [];
  const key = JSON.stringify(previewInput(placeCode, facts, claims, parties) ?? null);
  const [candidates, setCandidates] = useState<DuplicatePreviewCandidate[]>([]);

  useEffect(() => {
    const input = JSON.parse(key) as ReturnType<typeof previewInput> | null;
    if (!input) {
      setCandidates([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      // A preview that fails (an ID number still being corrected) leaves the form alone: the submission is checked again.
      graph(DuplicateCandidates, { input }).then(
        (data) => live && setCandidates(data.duplicateCandidates),
        () => live && setCandidates([]),
      );
    }, PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key]);

  if (!candidates.length) return null;
  return (
    <Card title={`提交前查重：疑似重复（${candidates.length}）`} role="region" aria-label="提交前查重" style={{ marginBottom: 16 }}>
      <Typography.Paragraph>
        尚未保存。下列已登记纠纷与本次登记疑似为同一事项（一事一办）：可以提交并关联到原纠纷，或继续提交后说明理由确认不重复。
      </Typography.Paragraph>
      <List
        dataSource={candidates}
        renderItem={(candidate) => (
          <List.Item
            actions={
              candidate.dispute
                ? [
                    <Button key="link" onClick={() => onSubmitAndLink(candidate)}>
                      提交并关联到 {candidate.disputeNumber}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space>
                  <span>{candidate.disputeNumber}</span>
                  <Tag color="volcano">相似度 {Math.round(candidate.score * 100)}%</Tag>
                  {candidate.dispute && <span>{CATEGORY[candidate.dispute.category]}</span>}
                  {candidate.dispute && <span>受理于 {formatTime(candidate.dispute.receivedAt)}</span>}
                </Space>
              }
              description={
                <ul aria-label={`${candidate.disputeNumber} 的疑似重复理由（提交前）`} style={{ margin: 0, paddingLeft: 20 }}>
                  {candidate.reasons.map((reason, i) => (
                    <li key={i}>{reason.summary.split(" / ")[0]}</li>
                  ))}
                  {!candidate.dispute && <li>该纠纷不在您的辖区内，仅显示编号，请联系其受理中心核对。</li>}
                </ul>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
