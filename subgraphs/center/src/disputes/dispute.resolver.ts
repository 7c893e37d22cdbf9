import { requireCentreAuthority } from "../routing/centre-authority";
import { authorize, checkDivisionCode, checkUuid, invalidInput, notFound, Officer, outOfScope } from "@hub/subgraph-kit";
import { GraphQLSafeInt } from "graphql-scalars";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Dispute as DisputeRow, Prisma } from "../../generated/client";
import { Centre } from "../centres/centre.type";
import { inDisputeScope } from "../access/dispute-scope";
import type { CenterContext } from "../context";
import { Division } from "../divisions/division.type";
import { DisputeConnection } from "./dispute-connection.type";
import { decodeCursor, encodeCursor } from "./dispute-cursor";
import { DisputeFilter } from "./dispute-filter.input";
import { Dispute } from "./dispute.type";

import { Party } from "./party.type";
import { receiveDispute } from "./receive-dispute";
import { ReceiveDisputeInput } from "./receive-dispute.input";

export const MAX_PAGE_SIZE = 100;

function whereOf(filter: DisputeFilter | null | undefined): Prisma.DisputeWhereInput {
  if (!filter) return {};
  if (filter.placeCode) checkDivisionCode(filter.placeCode, "filter.placeCode");
  if (filter.receivingCentreId) checkUuid(filter.receivingCentreId, "filter.receivingCentreId");
  return {
    ...(filter.placeCode ? { placeCode: { startsWith: filter.placeCode } } : {}),
    ...(filter.receivingCentreId ? { receivingCentreId: filter.receivingCentreId } : {}),
    ...(filter.category ? { category: filter.category } : {}),
    ...(filter.channel ? { channel: filter.channel } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.receivedFrom || filter.receivedBefore
      ? {
          receivedAt: {
            ...(filter.receivedFrom ? { gte: filter.receivedFrom } : {}),
            ...(filter.receivedBefore ? { lt: filter.receivedBefore } : {}),
          },
        }
      : {}),
  };
}

@Resolver((_of) => Dispute)
export class DisputeResolver {
  @Query((_returns) => Dispute, { description: "One dispute by id" })
  async dispute(@Arg("id", (_type) => ID) id: string, @Ctx() context: CenterContext): Promise<DisputeRow> {
    authorize(context, "dispute");
    checkUuid(id, "id");
    const dispute = await context.scoped.dispute.load(id);
    if (!dispute) throw outOfScope("Dispute", id);
    return dispute;
  }

  @Query((_returns) => Dispute, { description: "One dispute by its human-readable number" })
  async disputeByNumber(@Arg("number", (_type) => String) number: string, @Ctx() context: CenterContext): Promise<DisputeRow> {
    authorize(context, "disputeByNumber");
    const dispute = await context.db.dispute.findFirst({ where: inDisputeScope(context.actor, { number }) });
    if (!dispute) throw outOfScope("Dispute", number);
    return dispute;
  }

  @Query((_returns) => DisputeConnection, { description: "Disputes, newest received first, a page at a time" })
  async disputes(
    @Ctx() context: CenterContext,
    @Arg("filter", (_type) => DisputeFilter, { nullable: true }) filter?: DisputeFilter | null,
    @Arg("first", (_type) => Int, { defaultValue: 20 }) first = 20,
    @Arg("after", (_type) => String, { nullable: true }) after?: string | null,
  ): Promise<DisputeConnection> {
    authorize(context, "disputes");
    if (first < 1 || first > MAX_PAGE_SIZE) {
      throw invalidInput("first", `1 to ${MAX_PAGE_SIZE}`, {
        zh: `每页条数须在1到${MAX_PAGE_SIZE}之间`,
        en: `"first" must be between 1 and ${MAX_PAGE_SIZE}`,
      });
    }
    const where = inDisputeScope(context.actor, whereOf(filter));
    const cursor = after ? decodeCursor(after, "after") : null;
    const rows = await context.db.dispute.findMany({
      where: cursor
        ? { AND: [where, { OR: [{ receivedAt: { lt: cursor.receivedAt } }, { receivedAt: cursor.receivedAt, id: { lt: cursor.id } }] }] }
        : where,
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      take: first + 1,
    });
    const page = rows.slice(0, first);
    for (const row of page) {
      context.loaders.disputeById.prime(row.id, row);
      context.scoped.dispute.prime(row.id, row);
    }
    const last = page.at(-1);
    return {
      nodes: page,
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last) : null },
    };
  }

  @Mutation((_returns) => Dispute, { description: "受理 Receive a dispute at a centre" })
  async receiveDispute(
    @Arg("input", (_type) => ReceiveDisputeInput) input: ReceiveDisputeInput,
    @Ctx() context: CenterContext,
  ): Promise<DisputeRow> {
    authorize(context, "receiveDispute");
    // An officer receives for their own centre, a supervisor for a centre in their jurisdiction.
    const dispute = await receiveDispute(context.db, context.cipher, context.actor, input, context.now, context.duplicates, {
      authorizeCentre: (centre) => requireCentreAuthority(context, centre, "receiveDispute"),
      receivedAtFloor: context.receivedAtFloor,
    });
    context.log.info({ disputeId: dispute.id, number: dispute.number }, "dispute received");
    return dispute;
  }

  @FieldResolver((_type) => GraphQLSafeInt, { nullable: true, description: "争议金额 Amount in dispute in fen (1/100 yuan)" })
  amountFen(@Root() dispute: DisputeRow): number | null {
    return dispute.amountFen === null ? null : Number(dispute.amountFen);
  }

  @FieldResolver((_type) => [Party])
  async parties(@Root() dispute: DisputeRow, @Ctx() context: CenterContext): Promise<Party[]> {
    return context.loaders.partiesByDispute.load(dispute.id);
  }

  @FieldResolver((_type) => Division, { description: "纠纷发生地 Township where the dispute arose" })
  async place(@Root() dispute: DisputeRow, @Ctx() context: CenterContext): Promise<Division> {
    const division = await context.loaders.divisionByCode.load(dispute.placeCode);
    if (!division) throw notFound("Division", dispute.placeCode);
    return division;
  }

  @FieldResolver((_type) => Centre, { description: "受理中心 Receiving centre" })
  async receivingCentre(@Root() dispute: DisputeRow, @Ctx() context: CenterContext): Promise<Centre> {
    const centre = await context.loaders.centreById.load(dispute.receivingCentreId);
    if (!centre) throw notFound("Centre", dispute.receivingCentreId);
    return centre;
  }

  @FieldResolver((_type) => Officer, { description: "受理人 Officer who received it" })
  receivedBy(@Root() dispute: DisputeRow): Officer {
    return { id: dispute.receivingOfficerId, name: dispute.receivingOfficerName };
  }
}
