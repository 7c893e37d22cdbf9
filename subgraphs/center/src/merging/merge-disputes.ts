import { checkUuid, ErrorCode, eventRow, HubError, invalidInput, transition } from "@hub/subgraph-kit";
import type { Dispute as DisputeRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { disputeMachine } from "../disputes/dispute-status";
import { ONE_MATTER_RULE, refuseSuperseded } from "../duplicates/duplicate-rules";
import { handlingCentreIdOf, requireCentreAuthority } from "../routing/centre-authority";
import { loadCentre } from "../routing/centre-of";
import { DISPUTE } from "../routing/concurrency";
import { requireReason } from "../routing/reason";
import type { MergeDisputesInput } from "./merge-disputes.input";

const IN_HANDLING = new Set(["ROUTED", "IN_HANDLING"]);
const OPEN = new Set(["RECEIVED", "ROUTED", "IN_HANDLING"]);

async function existingDispute(context: CenterContext, id: string, field: string): Promise<DisputeRow> {
  checkUuid(id, field);
  const dispute = await context.db.dispute.findUnique({ where: { id } });
  if (!dispute) throw invalidInput(field, "existing dispute", { zh: `纠纷“${id}”不存在`, en: `Dispute "${id}" does not exist` });
  return dispute;
}

function refused(zh: string, en: string, field: string, extra: Record<string, unknown> = {}): HubError {
  return new HubError(ErrorCode.REFUSED_BY_RULE, { zh, en }, { field, rule: ONE_MATTER_RULE, ...extra });
}

/**
 * 合并: two disputes recorded separately by mistake become one. The merged record keeps its own
 * history, turns MERGED and points at the survivor; whatever was linked or merged into it now
 * points at the survivor too. When the merged one is the one being handled (routed or accepted),
 * the survivor takes its place: the active routing moves over with the status. Two disputes both
 * in handling are refused: one routing must be withdrawn or returned first.
 */
export async function mergeDisputes(context: CenterContext, input: MergeDisputesInput): Promise<DisputeRow> {
  const reason = requireReason(input.reason, "input.reason", ONE_MATTER_RULE, { zh: "合并理由", en: "The reason for the merge" });
  const merged = await existingDispute(context, input.mergedId, "input.mergedId");
  const survivor = await existingDispute(context, input.survivorId, "input.survivorId");
  if (merged.id === survivor.id) {
    throw invalidInput("input.survivorId", ONE_MATTER_RULE, { zh: "不能将纠纷合并至其自身", en: "A dispute cannot be merged into itself" });
  }
  refuseSuperseded(survivor, "input.survivorId");
  for (const dispute of [merged, survivor]) {
    requireCentreAuthority(context, await loadCentre(context, handlingCentreIdOf(dispute)), "mergeDisputes");
  }
  disputeMachine.next(merged.status, "MERGE");
  if (!OPEN.has(survivor.status)) {
    throw refused(
      `纠纷${survivor.number}已${survivor.status === "RESOLVED" ? "化解" : "办结"}，不能再并入其他纠纷`,
      `Dispute ${survivor.number} is ${survivor.status}; nothing can be merged into it any more`,
      "input.survivorId",
      { survivorStatus: survivor.status },
    );
  }
  const takesOver = IN_HANDLING.has(merged.status);
  if (takesOver && IN_HANDLING.has(survivor.status)) {
    throw refused(
      "两件纠纷均已分流办理；请先撤回或退回其中一件的分流，再合并",
      "Both disputes are routed or in handling; withdraw or return one routing before merging",
      "input.mergedId",
      { mergedStatus: merged.status, survivorStatus: survivor.status },
    );
  }

  const { actor, now } = context;
  const payload = { mergedId: merged.id, survivorId: survivor.id, reason, handlingMovedToSurvivor: takesOver };
  const { db } = context;
  return transition(db, {
    machine: disputeMachine,
    event: "MERGE",
    from: merged.status,
    entity: DISPUTE,
    field: "input.mergedId",
    update: async (tx, expected, next) => {
      const moved = await tx.dispute.updateMany({
        where: { id: merged.id, status: expected },
        data: { status: next, survivorId: survivor.id },
      });
      if (moved.count === 0) return moved;
      return tx.dispute.updateMany({
        where: { id: survivor.id, status: survivor.status },
        data: {
          mergedIds: { push: [merged.id, ...merged.mergedIds] },
          ...(takesOver ? { status: merged.status, handlingCentreId: handlingCentreIdOf(merged) } : {}),
        },
      });
    },
    write: async (tx) => {
      await tx.dispute.updateMany({ where: { survivorId: merged.id }, data: { survivorId: survivor.id } });
      await tx.dispute.update({ where: { id: merged.id }, data: { mergedIds: [] } });
      if (takesOver) {
        await tx.routing.updateMany({
          where: { disputeId: merged.id, status: { in: ["PENDING", "ACCEPTED"] } },
          data: { disputeId: survivor.id },
        });
      }
      await tx.duplicateReview.updateMany({
        where: { disputeId: merged.id, status: "OPEN" },
        data: { status: "LINKED", linkedToId: survivor.id, decidedAt: now, decidedById: actor.userId, decidedByName: actor.name, reason },
      });
      return {
        result: await tx.dispute.findUniqueOrThrow({ where: { id: survivor.id } }),
        events: [
          eventRow(actor, {
            type: "dispute.merged",
            disputeId: merged.id,
            subjectType: "Dispute",
            subjectId: survivor.id,
            summary: `合并至纠纷${survivor.number}，理由：${reason}`,
            occurredAt: now,
            payload,
          }),
          eventRow(actor, {
            type: "dispute.merged_in",
            disputeId: survivor.id,
            subjectType: "Dispute",
            subjectId: merged.id,
            summary: `纠纷${merged.number}并入本纠纷${takesOver ? "，其在办分流转由本纠纷承继" : ""}，理由：${reason}`,
            occurredAt: now,
            payload,
          }),
        ],
      };
    },
    current: async () => (await db.dispute.findUnique({ where: { id: merged.id } }))?.status ?? null,
  });
}
