import { randomUUID } from "node:crypto";
import { formatCst, HubError, NO_ACCESS_GRANTS, type Logger } from "@hub/subgraph-kit";
import type { ReminderLevel } from "../../generated/client";
import { centerContext, type CenterServices } from "../context";
import { escalateDispute } from "../routing/escalate-dispute";
import { centreAbove } from "./centre-above";
import { claimReminder, type DueStage } from "./claim-reminder";
import { refreshStages } from "./refresh-stages";
import { OVERSIGHT_JOB_ACTOR } from "./system-actor";

const HOUR_MS = 60 * 60 * 1000;
const BATCH = 500;

export interface OversightRun {
  refreshed: number;
  approaching: number;
  overdue: number;
  escalated: number;
}

/** Stages the dispute can be moved up from: the centre's own work (routing, an unanswered routing). */
const MOVABLE = new Set(["ROUTE", "RESPOND"]);

/**
 * One pass of 督办 at the instant `now`: refreshes the stage deadlines, records each APPROACHING
 * and OVERDUE reminder once, and for a limit overdue past the grace period records an
 * ESCALATED reminder for the centre above; where the stage is the centre's own (ROUTE, RESPOND)
 * the dispute itself is escalated there with the reason. Callable directly; tests pass `now`.
 * `jurisdictionCode` limits the reminders and escalations to disputes placed in that subtree
 * (one job per league, or a test's own data); the refresh always covers every marked dispute.
 */
export async function runOversight(services: CenterServices, now: Date, log: Logger, jurisdictionCode = "15"): Promise<OversightRun> {
  const { db, oversight } = services;
  const prefix = `${jurisdictionCode}%`;
  const refreshed = await refreshStages(services, now);
  const due = (where: "approaching" | "overdue" | "escalate", level: ReminderLevel, from: Date, until: Date) =>
    db.$queryRaw<DueStage[]>`
      SELECT s.id, s.dispute_id AS "disputeId", s.stage, s.centre_id AS "centreId", s.due_at AS "dueAt", s.basis
      FROM stage_deadline s
      WHERE s.closed_at IS NULL AND s.due_at > ${from} AND s.due_at <= ${until} AND s.place_code LIKE ${prefix}
        AND NOT EXISTS (
          SELECT 1 FROM deadline_reminder r
          WHERE r.stage_deadline_id = s.id AND r.level = ${level}::"ReminderLevel" AND r.due_at = s.due_at)
      ORDER BY s.due_at, s.id
      LIMIT ${BATCH}`.then((rows) => {
      log.debug({ where, rows: rows.length }, "oversight candidates");
      return rows;
    });
  const never = new Date(0);

  let approaching = 0;
  for (const stage of await due(
    "approaching",
    "APPROACHING",
    now,
    new Date(now.getTime() + oversight.reminders.approachingWithinHours * HOUR_MS),
  )) {
    if (await claimReminder(db, stage, "APPROACHING", stage.centreId, now)) approaching += 1;
  }
  let overdue = 0;
  for (const stage of await due("overdue", "OVERDUE", never, new Date(now.getTime() - 1))) {
    if (await claimReminder(db, stage, "OVERDUE", stage.centreId, now)) overdue += 1;
  }

  const grace = oversight.escalation.graceDays;
  let escalated = 0;
  for (const stage of await due("escalate", "ESCALATED", never, new Date(now.getTime() - grace * 24 * HOUR_MS - 1))) {
    const centre = await db.centre.findUnique({ where: { id: stage.centreId } });
    if (!centre) continue;
    const upper = await centreAbove(db, centre);
    const reason =
      `超期未办：${formatCst(stage.dueAt)}起超期，宽限${grace}日（${oversight.escalation.basis}）` +
      ` / overdue since ${stage.dueAt.toISOString()}, grace ${grace} days`;
    const note = upper ? `，报送${upper.name}` : "，上一级未登记综治中心";
    if (!(await claimReminder(db, stage, "ESCALATED", upper?.id ?? centre.id, now, note))) continue;
    escalated += 1;
    if (!upper || !MOVABLE.has(stage.stage)) continue;
    const context = centerContext(services)({
      requestId: randomUUID(),
      actor: OVERSIGHT_JOB_ACTOR,
      log,
      now,
      accessGrants: NO_ACCESS_GRANTS,
    });
    try {
      await escalateDispute(context, { disputeId: stage.disputeId, reason }, now);
    } catch (error) {
      // The dispute moved on meanwhile (or the rules refuse): the reminder stands, the case stays.
      if (!(error instanceof HubError)) throw error;
      log.warn({ disputeId: stage.disputeId, code: error.extensions.code }, "automatic escalation refused");
    }
  }
  if (escalated) await refreshStages(services, now);
  return { refreshed, approaching, overdue, escalated };
}

/** Runs `runOversight` every `intervalSeconds` on the process clock, one pass at a time; returns a stop function. */
export function startOversightJob(services: CenterServices, intervalSeconds: number, log: Logger, clock: () => Date = () => new Date()) {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = runOversight(services, clock(), log)
      .then((run) => log.info(run, "oversight pass"))
      .catch((error: unknown) => log.error({ err: error }, "oversight pass failed"))
      .finally(() => {
        running = null;
      });
  }, intervalSeconds * 1000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
