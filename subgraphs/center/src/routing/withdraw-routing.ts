import { checkUuid, eventRow, notFound, transition } from "@hub/subgraph-kit";
import type { Routing as RoutingRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { disputeMachine } from "../disputes/dispute-status";
import { handlingCentreIdOf, requireCentreAuthority } from "./centre-authority";
import { loadCentre } from "./centre-of";
import { ROUTING } from "./concurrency";
import { requireReason } from "./reason";
import { routingMachine } from "./routing-status";
import type { WithdrawRoutingInput } from "./withdraw-routing.input";

/** 撤回: the centre takes back a routing the organisation has not answered; the dispute returns to its queue. */
export async function withdrawRouting(context: CenterContext, input: WithdrawRoutingInput, now: Date = context.now): Promise<RoutingRow> {
  const { db, actor } = context;
  checkUuid(input.routingId, "input.routingId");
  const routing = await db.routing.findUnique({ where: { id: input.routingId } });
  if (!routing) throw notFound("Routing", input.routingId);
  const dispute = await db.dispute.findUnique({ where: { id: routing.disputeId } });
  if (!dispute) throw notFound("Dispute", routing.disputeId);
  const centre = await loadCentre(context, handlingCentreIdOf(dispute));
  requireCentreAuthority(context, centre, "withdrawRouting");
  const reason = requireReason(input.reason, "input.reason", "a withdrawal states its reason", {
    zh: "撤回理由",
    en: "The reason for withdrawing",
  });
  const nextRouting = routingMachine.next(routing.status, "WITHDRAW");
  const nextDispute = disputeMachine.next(dispute.status, "WITHDRAW_ROUTING");

  return transition(db, {
    machine: routingMachine,
    event: "WITHDRAW",
    from: routing.status,
    entity: ROUTING,
    field: "input.routingId",
    // The dispute first, then the routing: every writer locks them in this order.
    update: async (tx, expected, next) => {
      const disputes = await tx.dispute.updateMany({ where: { id: dispute.id, status: dispute.status }, data: { status: nextDispute } });
      if (disputes.count === 0) return disputes;
      return tx.routing.updateMany({ where: { id: routing.id, status: expected }, data: { status: next } });
    },
    write: async (tx) => ({
      result: await tx.routing.findUniqueOrThrow({ where: { id: routing.id } }),
      events: eventRow(actor, {
        type: "routing.withdrawn",
        disputeId: dispute.id,
        subjectType: "Routing",
        subjectId: routing.id,
        summary: `${centre.name}撤回分流，纠纷回到待分流：${reason}`,
        occurredAt: now,
        payload: { routingId: routing.id, status: nextRouting, disputeStatus: nextDispute, reason },
      }),
    }),
    current: async () => (await db.routing.findUnique({ where: { id: routing.id } }))?.status ?? null,
  });
}
