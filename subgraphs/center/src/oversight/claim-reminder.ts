import { randomUUID } from "node:crypto";
import { eventRow, formatCst } from "@hub/subgraph-kit";
import type { DeadlineStage, ReminderLevel } from "../../generated/client";
import type { CenterDb } from "../db";
import { STAGE_ZH } from "./stage-plan";
import { OVERSIGHT_JOB_ACTOR } from "./system-actor";

export interface DueStage {
  id: string;
  disputeId: string;
  stage: DeadlineStage;
  centreId: string;
  dueAt: Date;
  basis: string;
}

const LEVEL_ZH: Record<ReminderLevel, string> = { APPROACHING: "临期提醒", OVERDUE: "超期提醒", ESCALATED: "超期上报" };

/**
 * Records a reminder of `level` about `stage` for `centreId` with its event-log entry, in one
 * transaction, unless one is already recorded for that stage, level and due time (a unique
 * index decides, so two job runs never remind twice). Returns whether this call recorded it.
 */
export async function claimReminder(
  db: CenterDb,
  stage: DueStage,
  level: ReminderLevel,
  centreId: string,
  now: Date,
  note = "",
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const id = randomUUID();
    const { count } = await tx.deadlineReminder.createMany({
      data: [{ id, stageDeadlineId: stage.id, disputeId: stage.disputeId, level, centreId, dueAt: stage.dueAt, remindedAt: now }],
      skipDuplicates: true,
    });
    if (count === 0) return false;
    await tx.eventLog.create({
      data: eventRow(OVERSIGHT_JOB_ACTOR, {
        type: `deadline.${level.toLowerCase()}`,
        disputeId: stage.disputeId,
        subjectType: "StageDeadline",
        subjectId: stage.id,
        summary: `${LEVEL_ZH[level]}：${STAGE_ZH[stage.stage]}期限${formatCst(stage.dueAt)}（${stage.basis}）${note}`,
        occurredAt: now,
        payload: { reminderId: id, level, stage: stage.stage, dueAt: stage.dueAt.toISOString(), centreId, basis: stage.basis },
      }),
    });
    return true;
  });
}
