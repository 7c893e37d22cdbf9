import { randomUUID } from "node:crypto";
import { checkUuid, dueAt, eventRow, invalidInput, LostRace, lostRaceConflict, notFound } from "@hub/subgraph-kit";
import type { Dispute as DisputeRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { disputeMachine } from "../disputes/dispute-status";
import { handlingCentreIdOf } from "../routing/centre-authority";
import { loadCentre } from "../routing/centre-of";
import { DISPUTE } from "../routing/concurrency";
import { checkHandlingOrganisation } from "../routing/handling-organisation";
import { requireReason } from "../routing/reason";
import { HANDLING_DEPARTMENT_ZH } from "../routing/routing-enums";
import { routingMachine } from "../routing/routing-status";
import type { ReassignDisputeInput } from "./reassign-dispute.input";
import { requireJurisdiction } from "./supervisor-authority";

const ONE_TARGET = "改派 names exactly one of toCentreId or target";

/**
 * 改派: a supervisor over the handling centre moves a dispute that is not yet in handling
 * (RECEIVED, or ROUTED and unanswered) to another centre within their jurisdiction, where it
 * waits to be routed, or routes it to another organisation. An unanswered routing is withdrawn.
 */
export async function reassignDispute(context: CenterContext, input: ReassignDisputeInput): Promise<DisputeRow> {
  const { db, actor, now } = context;
  checkUuid(input.disputeId, "input.disputeId");
  const dispute = await db.dispute.findUnique({ where: { id: input.disputeId } });
  if (!dispute) throw notFound("Dispute", input.disputeId);
  const centre = await loadCentre(context, handlingCentreIdOf(dispute));
  requireJurisdiction(context, centre.divisionCode, "reassignDispute");
  const reason = requireReason(input.reason, "input.reason", "改派 states its reason", {
    zh: "改派理由",
    en: "The reason for reassigning",
  });
  if (Boolean(input.toCentreId) === Boolean(input.target)) {
    throw invalidInput("input.toCentreId", ONE_TARGET, {
      zh: "请指定改派的综治中心或承办单位之一",
      en: "Name either another centre or another organisation",
    });
  }
  // Only a case not yet accepted can change hands: the same steps as withdrawing and routing anew.
  if (dispute.status === "ROUTED") disputeMachine.next(dispute.status, "WITHDRAW_ROUTING");
  else disputeMachine.next(dispute.status, "ROUTE");

  let toCentreId = centre.id;
  let routing: { department: "CENTER" | "JUSTICE" | "COURT"; organisationId: string; name: string } | null = null;
  if (input.toCentreId) {
    checkUuid(input.toCentreId, "input.toCentreId");
    const to = await context.loaders.centreById.load(input.toCentreId.toLowerCase());
    if (!to) throw invalidInput("input.toCentreId", "a registered centre", { zh: "未找到该综治中心", en: "No such centre" });
    if (to.id === centre.id) {
      throw invalidInput("input.toCentreId", "another centre", { zh: "纠纷已由该中心承办", en: "The dispute is already at that centre" });
    }
    requireJurisdiction(context, to.divisionCode, "reassignDispute");
    toCentreId = to.id;
  } else if (input.target) {
    if (!input.stationingMode || !input.tier) {
      throw invalidInput(input.stationingMode ? "input.tier" : "input.stationingMode", "required with target", {
        zh: "改派至承办单位须指明入驻方式和调处层级",
        en: "Reassigning to an organisation needs the stationing mode and the tier",
      });
    }
    routing = await checkHandlingOrganisation(context, input.target, "input.target");
    if (routing.department === "CENTER" && routing.organisationId.toLowerCase() === centre.id) {
      throw invalidInput("input.target.organisationId", "another organisation than the handling centre", {
        zh: "不能改派给本中心",
        en: "The dispute cannot be routed to its own handling centre",
      });
    }
  }

  try {
    return await db.$transaction(async (tx) => {
      const status = routing ? "ROUTED" : "RECEIVED";
      const { count } = await tx.dispute.updateMany({
        where: { id: dispute.id, status: dispute.status, handlingCentreId: centre.id },
        data: { status, handlingCentreId: toCentreId },
      });
      if (count === 0) throw new LostRace();
      const pending = await tx.routing.findMany({
        where: { disputeId: dispute.id, status: "PENDING" },
        select: { id: true, status: true },
      });
      for (const open of pending) {
        const closed = await tx.routing.updateMany({
          where: { id: open.id, status: open.status },
          data: { status: routingMachine.next(open.status, "WITHDRAW") },
        });
        if (closed.count === 0) throw new LostRace();
        await tx.eventLog.create({
          data: eventRow(actor, {
            type: "routing.withdrawn",
            disputeId: dispute.id,
            subjectType: "Routing",
            subjectId: open.id,
            summary: `督办改派，原分流撤回：${reason}`,
            occurredAt: now,
            payload: { reason, reassigned: true },
          }),
        });
      }
      let routingId: string | null = null;
      if (routing && input.stationingMode && input.tier) {
        routingId = randomUUID();
        await tx.routing.create({
          data: {
            id: routingId,
            disputeId: dispute.id,
            status: "PENDING",
            fromCentreId: centre.id,
            targetDepartment: routing.department,
            targetOrganisationId: routing.organisationId.toLowerCase(),
            stationingMode: input.stationingMode,
            tier: input.tier,
            overrideReason: reason,
            routedAt: now,
            routedById: actor.userId,
            routedByName: actor.name,
            respondDueAt: dueAt(now, context.deadlines.respondToRouting),
          },
        });
        await tx.eventLog.create({
          data: eventRow(actor, {
            type: "routing.routed",
            disputeId: dispute.id,
            subjectType: "Routing",
            subjectId: routingId,
            summary: `督办改派至${HANDLING_DEPARTMENT_ZH[routing.department]}“${routing.name}”：${reason}`,
            occurredAt: now,
            payload: {
              target: { department: routing.department, organisationId: routing.organisationId.toLowerCase() },
              overrideReason: reason,
            },
          }),
        });
      }
      const to = toCentreId === centre.id ? centre : await loadCentre(context, toCentreId);
      await tx.eventLog.create({
        data: eventRow(actor, {
          type: routing ? "dispute.rerouted" : "dispute.reassigned",
          disputeId: dispute.id,
          subjectType: "Dispute",
          subjectId: dispute.id,
          summary: routing
            ? `${actor.name}督办改派承办单位“${routing.name}”：${reason}`
            : `${actor.name}将纠纷从${centre.name}改派至${to.name}：${reason}`,
          occurredAt: now,
          payload: { fromCentreId: centre.id, toCentreId, routingId, withdrawnRoutingIds: pending.map((open) => open.id), reason },
        }),
      });
      return tx.dispute.findUniqueOrThrow({ where: { id: dispute.id } });
    });
  } catch (error) {
    if (!(error instanceof LostRace)) throw error;
    const fresh = await db.dispute.findUnique({ where: { id: dispute.id } });
    throw lostRaceConflict(DISPUTE, "input.disputeId", fresh?.status ?? null);
  }
}
