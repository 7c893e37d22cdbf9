import { checkUuid, ErrorCode, eventRow, HubError, LostRace, notFound, transition } from "@hub/subgraph-kit";
import type { Dispute as DisputeRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { disputeMachine } from "../disputes/dispute-status";
import { DivisionLevel, levelOfCode } from "../divisions/division-code";
import { handlingCentreIdOf, requireCentreAuthority } from "./centre-authority";
import { loadCentre } from "./centre-of";
import { DISPUTE } from "./concurrency";
import { requireReason } from "./reason";
import { routingMachine } from "./routing-status";

export const ESCALATION_RULE = "escalation goes to the centre of the next level up (苏木乡镇 → 旗县 → 盟市 → 自治区)";

const LEVEL_NAMES: Record<number, { zh: string; en: string; code: string }> = {
  [DivisionLevel.REGION]: { zh: "自治区", en: "region", code: "REGION" },
  [DivisionLevel.CITY]: { zh: "盟市", en: "league/city", code: "CITY" },
  [DivisionLevel.COUNTY]: { zh: "旗县区", en: "county", code: "COUNTY" },
  [DivisionLevel.TOWNSHIP]: { zh: "苏木乡镇街道", en: "township", code: "TOWNSHIP" },
};

/**
 * 上交: moves the dispute to the centre registered at the parent division of its handling
 * centre's division; there it waits RECEIVED to be routed. An unanswered routing is closed as
 * ESCALATED. Where several centres serve the upper division, the earliest registered takes it.
 */
export async function escalateDispute(
  context: CenterContext,
  input: { disputeId: string; reason: string },
  now: Date = context.now,
): Promise<DisputeRow> {
  const { db, actor } = context;
  checkUuid(input.disputeId, "input.disputeId");
  const dispute = await db.dispute.findUnique({ where: { id: input.disputeId } });
  if (!dispute) throw notFound("Dispute", input.disputeId);
  const centre = await loadCentre(context, handlingCentreIdOf(dispute));
  requireCentreAuthority(context, centre, "escalateDispute");
  const reason = requireReason(input.reason, "input.reason", "an escalation states its reason", {
    zh: "上交理由",
    en: "The reason for escalating",
  });
  const nextStatus = disputeMachine.next(dispute.status, "ESCALATE");

  const division = await context.loaders.divisionByCode.load(centre.divisionCode);
  if (!division) throw notFound("Division", centre.divisionCode);
  if (!division.parentCode) {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      {
        zh: "自治区综治中心是最高一级，不能再上交",
        en: "The region's centre is the top level; it cannot escalate further",
      },
      { rule: ESCALATION_RULE, level: LEVEL_NAMES[DivisionLevel.REGION]?.code },
    );
  }
  const parentCode = division.parentCode;
  const parent = await context.loaders.divisionByCode.load(parentCode);
  const level = LEVEL_NAMES[levelOfCode(parentCode) ?? 0] ?? { zh: "上一级", en: "upper", code: "UNKNOWN" };
  const upper = await db.centre.findFirst({ where: { divisionCode: parentCode }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  if (!upper) {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      {
        zh: `上一级（${level.zh}：${parent?.name ?? parentCode}）尚未登记综治中心，不能上交`,
        en: `No centre is registered at the ${level.en} level above (${parent?.name ?? ""} ${parentCode}); the dispute cannot be escalated`,
      },
      { rule: ESCALATION_RULE, level: level.code, divisionCode: parentCode },
    );
  }

  return transition(db, {
    machine: disputeMachine,
    event: "ESCALATE",
    from: dispute.status,
    entity: DISPUTE,
    field: "input.disputeId",
    update: (tx, expected, next) =>
      tx.dispute.updateMany({
        where: { id: dispute.id, status: expected, handlingCentreId: centre.id },
        data: { status: next, handlingCentreId: upper.id },
      }),
    write: async (tx) => {
      const open = await tx.routing.findMany({ where: { disputeId: dispute.id, status: "PENDING" }, select: { id: true, status: true } });
      const events = [];
      for (const routing of open) {
        const closed = await tx.routing.updateMany({
          where: { id: routing.id, status: routing.status },
          data: { status: routingMachine.next(routing.status, "ESCALATE") },
        });
        if (closed.count === 0) throw new LostRace();
        events.push(
          eventRow(actor, {
            type: "routing.escalated",
            disputeId: dispute.id,
            subjectType: "Routing",
            subjectId: routing.id,
            summary: `纠纷上交${upper.name}，原分流终止`,
            occurredAt: now,
            payload: { routingId: routing.id, status: routingMachine.next(routing.status, "ESCALATE"), toCentreId: upper.id },
          }),
        );
      }
      events.push(
        eventRow(actor, {
          type: "dispute.escalated",
          disputeId: dispute.id,
          subjectType: "Dispute",
          subjectId: dispute.id,
          summary: `${centre.name}将纠纷上交${upper.name}：${reason}`,
          occurredAt: now,
          payload: {
            disputeStatus: nextStatus,
            fromCentreId: centre.id,
            toCentreId: upper.id,
            reason,
            closedRoutingIds: open.map((routing) => routing.id),
          },
        }),
      );
      return { result: await tx.dispute.findUniqueOrThrow({ where: { id: dispute.id } }), events };
    },
    current: async () => (await db.dispute.findUnique({ where: { id: dispute.id } }))?.status ?? null,
  });
}
