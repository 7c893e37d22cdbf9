import { authorize, checkUuid, computeDeadline, dueAt, notFound } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Dispute as DisputeRow, RoutingRule as RoutingRuleRow, Routing as RoutingRow } from "../../generated/client";
import { Centre } from "../centres/centre.type";
import type { CenterContext } from "../context";
import { Dispute } from "../disputes/dispute.type";
import { handlingCentreIdOf, requireCentreAuthority } from "./centre-authority";
import { loadCentre } from "./centre-of";
import { escalateDispute } from "./escalate-dispute";
import { EscalateDisputeInput } from "./escalate-dispute.input";
import { checkPageSize } from "./routing.resolver";
import { RoutingRule } from "./routing-rule.type";
import { OPEN_ROUTING_STATUSES } from "./routing-status";
import { Routing } from "./routing.type";

/** What routing adds to the dispute: its routings, the rule that would route it, its handling centre and deadline. */
@Resolver((_of) => Dispute)
export class DisputeRoutingResolver {
  @Query((_returns) => [Dispute], {
    description: "待分流 A centre's disputes awaiting routing (received or returned, not yet routed), oldest received first",
  })
  async routingQueue(
    @Arg("centreId", (_type) => ID) centreId: string,
    @Ctx() context: CenterContext,
    @Arg("first", (_type) => Int, { defaultValue: 20 }) first = 20,
  ): Promise<DisputeRow[]> {
    authorize(context, "routingQueue");
    checkUuid(centreId, "centreId");
    checkPageSize(first);
    const centre = await context.loaders.centreById.load(centreId);
    if (!centre) throw notFound("Centre", centreId);
    requireCentreAuthority(context, centre, "routingQueue");
    const rows = await context.db.dispute.findMany({
      where: { handlingCentreId: centre.id, status: "RECEIVED" },
      orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
      take: first,
    });
    for (const row of rows) context.loaders.disputeById.prime(row.id, row);
    return rows;
  }

  @Mutation((_returns) => Dispute, {
    description: "上交 Send the dispute to the centre of the next level up (township → county → league/city → region)",
  })
  async escalateDispute(
    @Arg("input", (_type) => EscalateDisputeInput) input: EscalateDisputeInput,
    @Ctx() context: CenterContext,
  ): Promise<DisputeRow> {
    authorize(context, "escalateDispute");
    const dispute = await escalateDispute(context, input);
    context.loaders.disputeById.clear(dispute.id).prime(dispute.id, dispute);
    context.log.info({ disputeId: dispute.id, centreId: dispute.handlingCentreId }, "dispute escalated");
    return dispute;
  }

  @FieldResolver((_type) => Routing, {
    nullable: true,
    description: "当前分流 The routing in force (PENDING or ACCEPTED), if any",
  })
  async currentRouting(@Root() dispute: DisputeRow, @Ctx() context: CenterContext): Promise<RoutingRow | null> {
    const routings = await context.loaders.routingsByDispute.load(dispute.id);
    return routings.find((routing) => OPEN_ROUTING_STATUSES.includes(routing.status)) ?? null;
  }

  @FieldResolver((_type) => [Routing], { description: "分流记录 Every routing of the dispute, oldest first" })
  async routings(@Root() dispute: DisputeRow, @Ctx() context: CenterContext): Promise<RoutingRow[]> {
    return context.loaders.routingsByDispute.load(dispute.id);
  }

  @FieldResolver((_type) => RoutingRule, {
    nullable: true,
    description: "建议分流 The routing rule that matches the dispute at its handling centre, if any",
  })
  async suggestedRouting(@Root() dispute: DisputeRow, @Ctx() context: CenterContext): Promise<RoutingRuleRow | null> {
    const centre = await loadCentre(context, handlingCentreIdOf(dispute));
    return context.loaders.routingRuleFor.load({
      category: dispute.category,
      placeCode: dispute.placeCode,
      centreDivisionCode: centre.divisionCode,
    });
  }

  @FieldResolver((_type) => Centre, { description: "承办中心 The centre now moving the case on: the receiving centre until an escalation" })
  async handlingCentre(@Root() dispute: DisputeRow, @Ctx() context: CenterContext): Promise<Centre> {
    return loadCentre(context, handlingCentreIdOf(dispute));
  }

  @FieldResolver((_type) => GraphQLDateTime, {
    description: "分流期限 By when the centre must register and route it (信访工作条例 art 22: 15 days from receipt)",
  })
  routeDueAt(@Root() dispute: DisputeRow, @Ctx() context: CenterContext): Date {
    return dueAt(dispute.receivedAt, context.deadlines.routeDispute);
  }

  @FieldResolver((_type) => [Int], {
    description:
      "节假日安排缺失 The years routeDueAt touches that the holiday calendar does not cover: counted on weekends alone, check by hand (民法典 art 203)",
  })
  routeCalendarMissingFor(@Root() dispute: DisputeRow, @Ctx() context: CenterContext): number[] {
    return computeDeadline(dispute.receivedAt, context.deadlines.routeDispute).calendarMissingFor;
  }
}
