import { randomUUID } from "node:crypto";
import {
  checkUuid,
  dueAt,
  ErrorCode,
  eventRow,
  HubError,
  idempotencyClaim,
  invalidInput,
  notFound,
  lostRaceConflict,
  runIdempotently,
  transition,
} from "@hub/subgraph-kit";
import type { Prisma, Routing as RoutingRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { disputeMachine } from "../disputes/dispute-status";
import { refuseWhileDuplicateReviewOpen } from "../duplicates/open-review-guard";
import { handlingCentreIdOf, requireCentreAuthority } from "./centre-authority";
import { loadCentre } from "./centre-of";
import { DISPUTE } from "./concurrency";
import { checkHandlingOrganisation } from "./handling-organisation";
import { planRouting } from "./route-plan";
import type { RouteDisputeInput } from "./route-dispute.input";
import { HANDLING_DEPARTMENT_ZH, HANDLING_TIER_ZH, STATIONING_MODE_ZH } from "./routing-enums";
import { isUniqueViolation } from "@hub/subgraph-kit";

/**
 * 分流: hands the dispute to a handling organisation, by the matching rule or by the centre's
 * choice, and moves it from RECEIVED to ROUTED. The organisation must exist in its department.
 */
export async function routeDispute(context: CenterContext, input: RouteDisputeInput, now: Date = context.now): Promise<RoutingRow> {
  const id = randomUUID();
  return runIdempotently(
    context.db,
    idempotencyClaim("routeDispute", context.actor, input, id),
    "input.idempotencyKey",
    (claimIn) => route(context, input, now, id, claimIn),
    (routingId) => context.db.routing.findUniqueOrThrow({ where: { id: routingId } }),
  );
}

async function route(
  context: CenterContext,
  input: RouteDisputeInput,
  now: Date,
  id: string,
  claimIn: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<RoutingRow> {
  const { db, actor } = context;
  checkUuid(input.disputeId, "input.disputeId");
  const dispute = await db.dispute.findUnique({ where: { id: input.disputeId } });
  if (!dispute) throw notFound("Dispute", input.disputeId);
  const centre = await loadCentre(context, handlingCentreIdOf(dispute));
  requireCentreAuthority(context, centre, "routeDispute");
  const nextStatus = disputeMachine.next(dispute.status, "ROUTE");
  await refuseWhileDuplicateReviewOpen(db, dispute.id, "input.disputeId");

  const rule = await context.loaders.routingRuleFor.load({
    category: dispute.category,
    placeCode: dispute.placeCode,
    centreDivisionCode: centre.divisionCode,
  });
  const plan = planRouting(input, rule);
  if (plan.target.department === "CENTER" && plan.target.organisationId.toLowerCase() === centre.id) {
    throw invalidInput("input.target.organisationId", "another organisation than the routing centre", {
      zh: "不能分流给本中心；如需上级处理，请上交",
      en: "A centre cannot route a case to itself; escalate it if the level above should handle it",
    });
  }
  const organisation = await checkHandlingOrganisation(context, plan.target, "input.target");

  const respondDueAt = dueAt(now, context.deadlines.respondToRouting);
  const how = `${STATIONING_MODE_ZH[plan.stationingMode]}，${HANDLING_TIER_ZH[plan.tier]}`;
  const why = plan.overridden ? `；人工调整：${plan.overrideReason}` : plan.ruleId ? "；依分流规则" : "";
  const current = async () => {
    const fresh = await db.dispute.findUnique({ where: { id: dispute.id } });
    if (fresh && handlingCentreIdOf(fresh) !== centre.id) {
      throw new HubError(ErrorCode.CONFLICT, {
        zh: "该纠纷刚被上交至上一级中心，本中心不能再分流",
        en: "The dispute was just escalated to the centre above; this centre can no longer route it",
      });
    }
    return fresh?.status ?? null;
  };
  try {
    return await transition(db, {
      machine: disputeMachine,
      event: "ROUTE",
      from: dispute.status,
      entity: DISPUTE,
      field: "input.disputeId",
      claimIn,
      update: (tx, expected, next) =>
        tx.dispute.updateMany({ where: { id: dispute.id, status: expected, handlingCentreId: centre.id }, data: { status: next } }),
      write: async (tx) => {
        const routing = await tx.routing.create({
          data: {
            id,
            disputeId: dispute.id,
            status: "PENDING",
            fromCentreId: centre.id,
            targetDepartment: organisation.department,
            targetOrganisationId: organisation.organisationId.toLowerCase(),
            stationingMode: plan.stationingMode,
            tier: plan.tier,
            ruleId: plan.ruleId,
            overrideReason: plan.overrideReason,
            routedAt: now,
            routedById: actor.userId,
            routedByName: actor.name,
            respondDueAt,
            complexity: input.complexity ?? null,
          },
        });
        return {
          result: routing,
          events: eventRow(actor, {
            type: "routing.routed",
            disputeId: dispute.id,
            subjectType: "Routing",
            subjectId: id,
            summary: `${centre.name}将纠纷分流至${HANDLING_DEPARTMENT_ZH[organisation.department]}“${organisation.name}”（${how}）${why}`,
            occurredAt: now,
            payload: {
              routingId: routing.id,
              status: routing.status,
              disputeStatus: nextStatus,
              fromCentreId: centre.id,
              target: { department: organisation.department, organisationId: routing.targetOrganisationId },
              stationingMode: plan.stationingMode,
              tier: plan.tier,
              ruleId: plan.ruleId,
              overrideReason: plan.overrideReason,
              respondDueAt: respondDueAt.toISOString(),
              ...(input.complexity ? { complexity: input.complexity } : {}),
            },
          }),
        };
      },
      current,
    });
  } catch (error) {
    // A second open routing of the dispute, refused by its partial unique index.
    if (!isUniqueViolation(error)) throw error;
    const state = await current();
    if (state) disputeMachine.next(state, "ROUTE");
    throw lostRaceConflict(DISPUTE, "input.disputeId", state);
  }
}
