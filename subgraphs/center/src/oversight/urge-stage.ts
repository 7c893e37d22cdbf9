import { eventRow } from "@hub/subgraph-kit";
import type { StageDeadline as StageDeadlineRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { requireReason } from "../routing/reason";
import { openStageFor } from "./open-stage";
import { STAGE_ZH } from "./stage-plan";
import type { UrgeStageInput } from "./urge-stage.input";

/** 督促: counts the urging on the running limit and records it on the case. */
export async function urgeStage(context: CenterContext, input: UrgeStageInput): Promise<StageDeadlineRow> {
  const { row, centre } = await openStageFor(context, input.disputeId, input.stage, "urgeStage");
  const note = requireReason(input.note, "input.note", "督促 states what is asked", { zh: "督促意见", en: "The urging note" });
  const { actor, now } = context;
  // The event first: it locks the dispute's refresh mark, the order a refresh takes them in.
  return context.db.$transaction(async (tx) => {
    await tx.eventLog.create({
      data: eventRow(actor, {
        type: "deadline.urged",
        disputeId: row.disputeId,
        subjectType: "StageDeadline",
        subjectId: row.id,
        summary: `${actor.name}督促${centre.name}办理“${STAGE_ZH[row.stage]}”：${note}`,
        occurredAt: now,
        payload: { stage: row.stage, note, dueAt: row.dueAt.toISOString() },
      }),
    });
    return tx.stageDeadline.update({ where: { id: row.id }, data: { urgeCount: { increment: 1 }, lastUrgedAt: now } });
  });
}
