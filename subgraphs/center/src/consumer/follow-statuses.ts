import { DEPARTMENT_ZH } from "@hub/contract";
import { eventRow, type Department } from "@hub/subgraph-kit";
import type { Dispute as DisputeRow, Prisma } from "../../generated/client";
import { CONSUMER_ACTOR, type SourceEvent } from "./feed-source";
import { statusFollowing } from "./status-follows";

/**
 * Applies the status mapping to newly consumed events, in the consumer's transaction. An event
 * older than the one that last set the status (learned late, say from a feed that lagged) does
 * not move it back; a closed dispute does not move; an event about a dispute this centre does
 * not hold only joins the inbox. An event filed under a linked or merged record moves its
 * survivor, which carries the matter on. Each change is logged as `dispute.status_followed`.
 */
export async function followStatuses(
  tx: Prisma.TransactionClient,
  source: Department,
  events: readonly SourceEvent[],
  disputes: Map<string, DisputeRow>,
  now: Date,
): Promise<void> {
  if (source === "CENTER") return;
  for (const event of events) {
    const follow = event.disputeId ? statusFollowing({ source, ...event }) : null;
    const filed = event.disputeId ? disputes.get(event.disputeId) : undefined;
    const dispute = follow && filed ? await survivorOf(tx, filed, disputes) : undefined;
    if (!follow || !dispute || dispute.status === "CLOSED") continue;
    if (dispute.statusSince && event.occurredAt < dispute.statusSince) continue;
    const resolvedAt =
      follow.to === "RESOLVED"
        ? ((dispute.status === "RESOLVED" ? dispute.resolvedAt : null) ?? follow.resolvedAt ?? event.occurredAt)
        : null;
    const updated = await tx.dispute.update({
      where: { id: dispute.id },
      data: { status: follow.to, resolvedAt, statusSince: event.occurredAt },
    });
    disputes.set(dispute.id, updated);
    if (dispute.status === follow.to && +(dispute.resolvedAt ?? 0) === +(resolvedAt ?? 0)) continue;
    await tx.eventLog.create({
      data: eventRow(CONSUMER_ACTOR, {
        type: "dispute.status_followed",
        disputeId: dispute.id,
        subjectType: "Dispute",
        subjectId: dispute.id,
        summary: `纠纷状态随${DEPARTMENT_ZH[source]}${FOLLOWED_STEP_ZH[event.type] ?? "办理进展"}更新为${STATUS_ZH[follow.to]}${follow.remedies ? `；${REMEDIES_ZH}` : ""}`,
        occurredAt: now,
        payload: {
          from: dispute.status,
          to: follow.to,
          resolvedAt: resolvedAt?.toISOString() ?? null,
          cause: { department: source, eventId: event.id, type: event.type },
          ...(follow.remedies ? { remedies: follow.remedies.routes, rule: follow.remedies.rule } : {}),
        },
      }),
    });
  }
}

/** The record that carries the matter on: the dispute itself, or the survivor it was linked or merged into. */
async function survivorOf(
  tx: Prisma.TransactionClient,
  dispute: DisputeRow,
  disputes: Map<string, DisputeRow>,
): Promise<DisputeRow | undefined> {
  let current: DisputeRow | undefined = dispute;
  for (let hop = 0; current && (current.status === "LINKED" || current.status === "MERGED") && current.survivorId; hop++) {
    if (hop > 8) return undefined;
    const survivorId: string = current.survivorId;
    current = disputes.get(survivorId) ?? (await tx.dispute.findUnique({ where: { id: survivorId } })) ?? undefined;
    if (current) disputes.set(current.id, current);
  }
  return current;
}

const REMEDIES_ZH = "当事人可以通过调解方式变更原调解协议或者达成新的调解协议，也可以向人民法院提起诉讼";

const STATUS_ZH: Record<string, string> = { IN_MEDIATION: "调解中", IN_HANDLING: "办理中", RESOLVED: "已化解" };

/**
 * The step named in the centre's own line, never the department's: that line can carry what only
 * readers of the record may see (a committee, a case number, a rejection ground), while the
 * centre's event is shown to everyone who may see the dispute.
 */
const FOLLOWED_STEP_ZH: Partial<Record<string, string>> = {
  "mediation.accepted": "受理调解",
  "mediation.agreement_effective": "调解协议生效",
  "mediation.failed": "调解不成",
  "mediation.party_refused": "当事人拒绝调解",
  "mediation.ended_at_party_request": "当事人要求终止调解",
  "confirmation.ruled": "作出司法确认裁定",
  "confirmation.ruling_revoked": "撤销司法确认裁定",
};
