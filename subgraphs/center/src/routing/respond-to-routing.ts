import { checkUuid, ErrorCode, eventRow, formatCst, HubError, notFound, transition } from "@hub/subgraph-kit";
import type { Routing as RoutingRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { disputeMachine, type DisputeEvent } from "../disputes/dispute-status";
import { handlingCentreIdOf } from "./centre-authority";
import { loadCentre } from "./centre-of";
import { ROUTING } from "./concurrency";
import { optionalReason, requireReason } from "./reason";
import { requireReceivingOrganisation } from "./receiving-organisation";
import type { RespondToRoutingInput } from "./respond-to-routing.input";
import { HANDLING_DEPARTMENT_ZH } from "./routing-enums";
import { routingMachine, type RoutingEvent } from "./routing-status";

const DISPUTE_EVENT: Record<"ACCEPT" | "RETURN", DisputeEvent> = { ACCEPT: "ACCEPT_ROUTING", RETURN: "RETURN_ROUTING" };

/**
 * The receiving organisation accepts the case (the dispute goes IN_HANDLING) or returns it with
 * a reason within the objection period (the dispute goes back to the centre's queue).
 * Accepting an accepted routing again returns it unchanged.
 */
export async function respondToRouting(context: CenterContext, input: RespondToRoutingInput, now: Date = context.now): Promise<RoutingRow> {
  const { db, actor } = context;
  checkUuid(input.routingId, "input.routingId");
  const routing = await db.routing.findUnique({ where: { id: input.routingId } });
  if (!routing) throw notFound("Routing", input.routingId);
  requireReceivingOrganisation(context, routing, "respondToRouting");
  if (input.decision === "ACCEPT" && routing.status === "ACCEPTED") return routing;

  const event: RoutingEvent = input.decision;
  const label = { zh: "退回理由", en: "The reason for returning the case" };
  const reason =
    event === "RETURN"
      ? requireReason(input.reason, "input.reason", "信访工作条例 art 23: an objection states its reasons", label)
      : optionalReason(input.reason, "input.reason", { zh: "备注", en: "The remark" });
  const nextRouting = routingMachine.next(routing.status, event);
  if (event === "RETURN" && now.getTime() > routing.respondDueAt.getTime()) {
    const basis = context.deadlines.respondToRouting.basis;
    throw new HubError(
      ErrorCode.DEADLINE_PASSED,
      {
        zh: `异议期限已于${formatCst(routing.respondDueAt)}届满，不能再退回；请接收办理`,
        en: `The time to object ran out at ${routing.respondDueAt.toISOString()}; the case can no longer be returned`,
      },
      { field: "input.decision", rule: basis, deadline: routing.respondDueAt.toISOString() },
    );
  }
  const dispute = await db.dispute.findUnique({ where: { id: routing.disputeId } });
  if (!dispute) throw notFound("Dispute", routing.disputeId);
  const nextDispute = disputeMachine.next(dispute.status, DISPUTE_EVENT[event]);
  const department = HANDLING_DEPARTMENT_ZH[routing.targetDepartment];
  const summary =
    event === "ACCEPT"
      ? `承办单位（${department}）接收分流，纠纷进入办理${reason ? `；备注：${reason}` : ""}`
      : `承办单位（${department}）退回分流，纠纷回到${(await loadCentre(context, handlingCentreIdOf(dispute))).name}待重新分流：${reason}`;

  try {
    return await transition(db, {
      machine: routingMachine,
      event,
      from: routing.status,
      entity: ROUTING,
      field: "input.routingId",
      // The dispute first, then the routing: every writer locks them in this order.
      update: async (tx, expected, next) => {
        const disputes = await tx.dispute.updateMany({ where: { id: dispute.id, status: dispute.status }, data: { status: nextDispute } });
        if (disputes.count === 0) return disputes;
        return tx.routing.updateMany({
          where: { id: routing.id, status: expected },
          data: {
            status: next,
            respondedAt: now,
            respondedById: actor.userId,
            respondedByName: actor.name,
            returnReason: event === "RETURN" ? reason : null,
          },
        });
      },
      write: async (tx) => ({
        result: await tx.routing.findUniqueOrThrow({ where: { id: routing.id } }),
        events: eventRow(actor, {
          type: event === "ACCEPT" ? "routing.accepted" : "routing.returned",
          disputeId: dispute.id,
          subjectType: "Routing",
          subjectId: routing.id,
          summary,
          occurredAt: now,
          payload: { routingId: routing.id, status: nextRouting, disputeStatus: nextDispute, decision: event, reason },
        }),
      }),
      current: async () => {
        const fresh = await db.routing.findUnique({ where: { id: routing.id } });
        if (!fresh || (event === "ACCEPT" && fresh.status === "ACCEPTED")) return fresh?.status ?? null;
        routingMachine.next(fresh.status, event);
        const freshDispute = await db.dispute.findUnique({ where: { id: routing.disputeId } });
        if (freshDispute) disputeMachine.next(freshDispute.status, DISPUTE_EVENT[event]);
        return fresh.status;
      },
    });
  } catch (error) {
    // Two acceptances at once: the second finds the routing accepted, as a repeated one would.
    if (event !== "ACCEPT") throw error;
    const fresh = await db.routing.findUnique({ where: { id: routing.id } });
    if (fresh?.status === "ACCEPTED") return fresh;
    throw error;
  }
}
