import {
  computeDeadline,
  type Deadline,
  dueAt,
  ErrorCode,
  eventRow,
  formatCst,
  HubError,
  invalidInput,
  lostRaceConflict,
} from "@hub/subgraph-kit";
import type { StageDeadline as StageDeadlineRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { requireReason } from "../routing/reason";
import type { ExtendDeadlineInput } from "./extend-deadline.input";
import { openStageFor } from "./open-stage";
import { STAGE_ZH } from "./stage-plan";
import { ruleOfStage } from "./stage-rule";

/**
 * 延期: adds `days` to the running limit of the stage, with a reason, as far as the rule's
 * extension allows in all; a limit whose rule gives none cannot be extended.
 */
export async function extendDeadline(context: CenterContext, input: ExtendDeadlineInput): Promise<StageDeadlineRow> {
  const { row } = await openStageFor(context, input.disputeId, input.stage, "extendDeadline");
  const reason = requireReason(input.reason, "input.reason", "an extension states its reason", {
    zh: "延期理由",
    en: "The reason for the extension",
  });
  if (!Number.isInteger(input.days) || input.days < 1) {
    throw invalidInput("input.days", "at least 1 day", { zh: "延长天数至少为1日", en: "Extend by at least 1 day" });
  }
  const rule = await ruleOfStage(context, row);
  const stage = STAGE_ZH[row.stage];
  if (!rule.extension) {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      { zh: `“${stage}”期限（${rule.basis}）不得延长`, en: `The ${row.stage} limit (${rule.basis}) cannot be extended` },
      { field: "input.stage", rule: rule.basis, maxExtensionDays: 0 },
    );
  }
  const total = row.extendedDays + input.days;
  if (total > rule.extension.days) {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      {
        zh: `“${stage}”期限最多延长${rule.extension.days}日（${rule.extension.basis}），已延长${row.extendedDays}日，不能再延长${input.days}日`,
        en: `The ${row.stage} limit may be extended by ${rule.extension.days} days in all (${rule.extension.basis}); ${row.extendedDays} already used, ${input.days} more is too many`,
      },
      { field: "input.days", rule: rule.extension.basis, maxExtensionDays: rule.extension.days, extendedDays: row.extendedDays },
    );
  }
  const due = dueAt(nominalEnd(row, rule), { days: total });
  const { actor, now } = context;
  return context.db.$transaction(async (tx) => {
    // The event first: it locks the dispute's refresh mark, the order a refresh takes them in.
    await tx.eventLog.create({
      data: eventRow(actor, {
        type: "deadline.extended",
        disputeId: row.disputeId,
        subjectType: "StageDeadline",
        subjectId: row.id,
        summary: `${actor.name}将“${stage}”期限延长${input.days}日至${formatCst(due)}（${rule.extension?.basis}）：${reason}`,
        occurredAt: now,
        payload: { stage: row.stage, days: input.days, extendedDays: total, from: row.dueAt.toISOString(), to: due.toISOString(), reason },
      }),
    });
    const { count } = await tx.stageDeadline.updateMany({
      where: { id: row.id, extendedDays: row.extendedDays, closedAt: null },
      data: { extendedDays: total, dueAt: due },
    });
    if (count === 0) throw lostRaceConflict({ zh: "期限", en: "deadline" }, "input.stage", null);
    return tx.stageDeadline.findUniqueOrThrow({ where: { id: row.id } });
  });
}

/**
 * The period's own last day before 民法典 art 203 moved it off a rest day: an extension adds to
 * the period, and only the extended period's last day moves (a 60-day limit ending on a Sunday,
 * extended by 20 days, runs 80 days). A base fixed otherwise than by the rule is taken as it is.
 */
function nominalEnd(row: StageDeadlineRow, rule: Deadline): Date {
  const planned = computeDeadline(row.startedAt, rule);
  if (planned.dueAt.getTime() !== row.baseDueAt.getTime()) return row.baseDueAt;
  return planned.movedFrom ?? row.baseDueAt;
}
