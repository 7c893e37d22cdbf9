import { dueAt, type Deadline } from "@hub/subgraph-kit";
import type { DeadlineStage, Dispute as DisputeRow, Routing as RoutingRow } from "../../generated/client";
import type { CenterDeadlines } from "../config/deadlines";
import { handlingCentreIdOf } from "../routing/centre-authority";

/** A time limit the dispute's present state runs against. */
export interface PlannedStage {
  stage: DeadlineStage;
  centreId: string;
  routingId: string | null;
  startedAt: Date;
  baseDueAt: Date;
  basis: string;
}

/** The configured limit behind each stage. */
export const STAGE_DEADLINE: Record<DeadlineStage, keyof CenterDeadlines> = {
  ROUTE: "routeDispute",
  RESPOND: "respondToRouting",
  HANDLE: "handleDispute",
  CONCLUDE: "concludeDispute",
};

export const STAGE_ZH: Record<DeadlineStage, string> = { ROUTE: "分流", RESPOND: "接收", HANDLE: "办理调解", CONCLUDE: "办结答复" };

/** Statuses in which the matter is concluded: no limit runs any more. */
const CONCLUDED = new Set<string>(["RESOLVED", "CLOSED"]);

export function deadlineOf(deadlines: CenterDeadlines, stage: DeadlineStage): Deadline {
  return deadlines[STAGE_DEADLINE[stage]];
}

/**
 * The limits that run for a dispute now. `routing` is its routing in force (PENDING or
 * ACCEPTED) and `arrivedAt` when it reached its handling centre (receipt, or the last
 * escalation or reassignment). ROUTE runs from arrival at the handling centre (a centre that
 * receives an escalated case has its own period); RESPOND to the routing's answer time fixed
 * when it was routed; HANDLE from acceptance; CONCLUDE from receipt until the matter is concluded.
 */
export function planStages(
  dispute: Pick<DisputeRow, "status" | "receivedAt" | "handlingCentreId" | "receivingCentreId">,
  routing: RoutingRow | null,
  arrivedAt: Date,
  deadlines: CenterDeadlines,
  /** The HANDLE limit of the routing in force: the routing centre's tier, or the general one. */
  handleRule: Deadline = deadlines.handleDispute,
): PlannedStage[] {
  const centreId = handlingCentreIdOf(dispute);
  if (CONCLUDED.has(dispute.status)) return [];
  const stage = (kind: DeadlineStage, startedAt: Date, routingId: string | null, due?: Date): PlannedStage => {
    const rule = kind === "HANDLE" ? handleRule : deadlineOf(deadlines, kind);
    return { stage: kind, centreId, routingId, startedAt, baseDueAt: due ?? dueAt(startedAt, rule), basis: rule.basis };
  };
  const planned: PlannedStage[] = [];
  if (dispute.status === "RECEIVED") planned.push(stage("ROUTE", arrivedAt, null));
  if (routing?.status === "PENDING") planned.push(stage("RESPOND", routing.routedAt, routing.id, routing.respondDueAt));
  if (routing?.status === "ACCEPTED") planned.push(stage("HANDLE", routing.respondedAt ?? routing.routedAt, routing.id));
  planned.push(stage("CONCLUDE", dispute.receivedAt, null));
  return planned;
}

/** Whether an open row is the same running limit as `planned` (so its extensions and urgings stay). */
export function sameStage(
  row: { stage: DeadlineStage; routingId: string | null; centreId: string; startedAt: Date },
  planned: PlannedStage,
) {
  if (row.stage !== planned.stage) return false;
  switch (planned.stage) {
    case "ROUTE":
      return row.centreId === planned.centreId && row.startedAt.getTime() === planned.startedAt.getTime();
    case "RESPOND":
    case "HANDLE":
      return row.routingId === planned.routingId;
    case "CONCLUDE":
      return true;
  }
}
