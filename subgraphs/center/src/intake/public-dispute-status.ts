import { ErrorCode, HubError } from "@hub/subgraph-kit";
import type { CenterContext } from "../context";
import type { DisputeStatus } from "../disputes/enums";
import type { PublicDisputeStatus } from "./public-dispute-status.type";
import { normaliseTrackingCode, trackingCodeHash } from "./tracking-code";

/** The steps a member of the public is told about, in their words; every other entry stays internal. */
const PUBLIC_MILESTONES: Record<string, string> = {
  "dispute.received": "已受理",
  "routing.routed": "已分流至承办单位",
  "routing.accepted": "承办单位已接收",
  "routing.returned": "承办单位退回，重新分流中",
  "routing.withdrawn": "分流已撤回，重新分流中",
  "dispute.escalated": "已提交上一级综治中心办理",
};

const STATUS_LABELS: Record<DisputeStatus, string> = {
  RECEIVED: "已受理，待分流",
  ROUTED: "已分流，待承办单位接收",
  IN_MEDIATION: "调解中",
  IN_HANDLING: "办理中",
  RESOLVED: "已化解",
  CLOSED: "已办结",
  LINKED: "已并入同一事项的在办纠纷",
  MERGED: "已并入同一事项的在办纠纷",
};

/** One answer for a malformed, unknown or mistyped code, so that codes cannot be probed. */
function noSuchCode(): HubError {
  return new HubError(
    ErrorCode.NOT_FOUND,
    { zh: "查询码不正确，请核对回执上的查询码", en: "No case has this tracking code; check the code on your receipt" },
    { field: "trackingCode", reason: "UNKNOWN_TRACKING_CODE" },
  );
}

export async function publicDisputeStatus(typed: string, context: CenterContext): Promise<PublicDisputeStatus> {
  const canonical = normaliseTrackingCode(typed);
  if (!canonical) throw noSuchCode();
  const code = await context.db.publicTrackingCode.findUnique({
    where: { codeHash: trackingCodeHash(canonical) },
    include: { dispute: true },
  });
  if (!code) throw noSuchCode();
  const { dispute } = code;
  const events = await context.db.eventLog.findMany({
    where: { disputeId: dispute.id, type: { in: Object.keys(PUBLIC_MILESTONES) } },
    orderBy: { seq: "asc" },
    select: { type: true, occurredAt: true },
  });
  return {
    status: dispute.status,
    statusLabel: STATUS_LABELS[dispute.status],
    receivedAt: dispute.receivedAt,
    milestones: events.map((event) => ({ at: event.occurredAt, label: PUBLIC_MILESTONES[event.type] ?? event.type })),
  };
}
