import { authorize, checkUuid, computeDeadline, ErrorCode, HubError, invalidInput, Officer, outOfScope } from "@hub/subgraph-kit";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Dispute as DisputeRow, Routing as RoutingRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { MAX_PAGE_SIZE } from "../disputes/dispute.resolver";
import { Dispute } from "../disputes/dispute.type";
import { respondToRouting } from "./respond-to-routing";
import { RespondToRoutingInput } from "./respond-to-routing.input";
import { routeDispute } from "./route-dispute";
import { RouteDisputeInput } from "./route-dispute.input";
import { RoutingStatus } from "./routing-enums";
import { RoutingTarget } from "./routing-target.type";
import { Routing } from "./routing.type";
import { withdrawRouting } from "./withdraw-routing";
import { WithdrawRoutingInput } from "./withdraw-routing.input";

export function checkPageSize(first: number): void {
  if (first < 1 || first > MAX_PAGE_SIZE) {
    throw invalidInput("first", `1 to ${MAX_PAGE_SIZE}`, {
      zh: `条数须在1到${MAX_PAGE_SIZE}之间`,
      en: `"first" must be between 1 and ${MAX_PAGE_SIZE}`,
    });
  }
}

@Resolver((_of) => Routing)
export class RoutingResolver {
  @Query((_returns) => Routing, { description: "One routing by id" })
  async routing(@Arg("id", (_type) => ID) id: string, @Ctx() context: CenterContext): Promise<RoutingRow> {
    authorize(context, "routing");
    checkUuid(id, "id");
    const routing = await context.scoped.routing.load(id);
    if (!routing) throw outOfScope("Routing", id);
    return routing;
  }

  @Query((_returns) => [Routing], {
    description: "待办分流 Routings to one organisation, oldest first (PENDING by default): its officers' inbox",
  })
  async routingsTo(
    @Arg("organisationId", (_type) => ID) organisationId: string,
    @Ctx() context: CenterContext,
    @Arg("status", (_type) => RoutingStatus, { defaultValue: RoutingStatus.PENDING }) status: RoutingStatus = RoutingStatus.PENDING,
    @Arg("first", (_type) => Int, { defaultValue: 20 }) first = 20,
  ): Promise<RoutingRow[]> {
    authorize(context, "routingsTo");
    checkUuid(organisationId, "organisationId");
    checkPageSize(first);
    const { actor } = context;
    const own = actor.organisationId?.toLowerCase() === organisationId.toLowerCase();
    if (!own && !actor.roles.some((role) => role === "CENTRE_OFFICER" || role === "CENTRE_SUPERVISOR")) {
      throw new HubError(
        ErrorCode.FORBIDDEN,
        { zh: "只能查看本单位的待办分流", en: "You may list only your own organisation's routings" },
        { action: "routingsTo", rule: "an organisation sees the cases routed to it" },
      );
    }
    const rows = await context.db.routing.findMany({
      where: { targetOrganisationId: organisationId.toLowerCase(), status },
      orderBy: [{ routedAt: "asc" }, { id: "asc" }],
      take: first,
    });
    for (const row of rows) context.loaders.routingById.prime(row.id, row);
    return rows;
  }

  @Mutation((_returns) => Routing, {
    description: "分流 Route a dispute to its handling organisation (centre officers); by the matching rule unless a target is named",
  })
  async routeDispute(
    @Arg("input", (_type) => RouteDisputeInput) input: RouteDisputeInput,
    @Ctx() context: CenterContext,
  ): Promise<RoutingRow> {
    authorize(context, "routeDispute");
    const routing = await routeDispute(context, input);
    context.log.info({ routingId: routing.id, disputeId: routing.disputeId }, "dispute routed");
    return routing;
  }

  @Mutation((_returns) => Routing, {
    description: "接收或退回 The receiving organisation accepts the case, or returns it with a reason (信访工作条例 art 23)",
  })
  async respondToRouting(
    @Arg("input", (_type) => RespondToRoutingInput) input: RespondToRoutingInput,
    @Ctx() context: CenterContext,
  ): Promise<RoutingRow> {
    authorize(context, "respondToRouting");
    return respondToRouting(context, input);
  }

  @Mutation((_returns) => Routing, { description: "撤回分流 The centre takes back a routing not yet answered" })
  async withdrawRouting(
    @Arg("input", (_type) => WithdrawRoutingInput) input: WithdrawRoutingInput,
    @Ctx() context: CenterContext,
  ): Promise<RoutingRow> {
    authorize(context, "withdrawRouting");
    return withdrawRouting(context, input);
  }

  @FieldResolver((_type) => [Int], {
    description:
      "节假日安排缺失 The years the 5 working days to object (respondDueAt, 信访工作条例 art 23) touch that the holiday calendar does not cover: " +
      "counted on weekends alone, check by hand; judged on the limit and calendar in force (民法典 art 203)",
  })
  calendarMissingFor(@Root() routing: RoutingRow, @Ctx() context: CenterContext): number[] {
    return computeDeadline(routing.routedAt, context.deadlines.respondToRouting).calendarMissingFor;
  }

  @FieldResolver((_type) => RoutingTarget, { description: "承办单位 The organisation the case was routed to" })
  target(@Root() routing: RoutingRow): RoutingTarget {
    return { department: routing.targetDepartment, organisationId: routing.targetOrganisationId };
  }

  @FieldResolver((_type) => Dispute)
  async dispute(@Root() routing: RoutingRow, @Ctx() context: CenterContext): Promise<DisputeRow> {
    const dispute = await context.scoped.dispute.load(routing.disputeId);
    if (!dispute) throw outOfScope("Dispute", routing.disputeId);
    return dispute;
  }

  @FieldResolver((_type) => Officer, { nullable: true, description: "分流人 The centre officer who routed it" })
  routedBy(@Root() routing: RoutingRow): Officer {
    return { id: routing.routedById, name: routing.routedByName };
  }

  @FieldResolver((_type) => Officer, { nullable: true, description: "The receiving organisation's officer who accepted or returned it" })
  respondedBy(@Root() routing: RoutingRow): Officer | null {
    return routing.respondedById && routing.respondedByName ? { id: routing.respondedById, name: routing.respondedByName } : null;
  }
}
