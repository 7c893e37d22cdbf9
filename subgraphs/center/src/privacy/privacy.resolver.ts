import { authorize, checkUuid, invalidInput, Officer } from "@hub/subgraph-kit";
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { PersonalDataAccess as AccessRow, Prisma } from "../../generated/client";
import type { CenterContext } from "../context";
import { decodeCursor, encodeCursor } from "../disputes/dispute-cursor";
import { accessLogScopeWhere } from "./access-log-scope";
import { PersonalDataAccessConnection } from "./personal-data-access-connection.type";
import { PersonalDataAccessFilter } from "./personal-data-access-filter.input";
import { PersonalDataAccess } from "./personal-data-access.type";
import { revealPersonalData } from "./reveal-personal-data";
import { RevealPersonalDataInput } from "./reveal-personal-data.input";
import { RevealedPersonalData } from "./revealed-personal-data.type";

const MAX_PAGE_SIZE = 100;

function whereOf(filter: PersonalDataAccessFilter | null | undefined): Prisma.PersonalDataAccessWhereInput {
  if (!filter) return {};
  if (filter.disputeId) checkUuid(filter.disputeId, "filter.disputeId");
  if (filter.partyId) checkUuid(filter.partyId, "filter.partyId");
  return {
    ...(filter.disputeId ? { disputeId: filter.disputeId } : {}),
    ...(filter.partyId ? { partyId: filter.partyId } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.accessedFrom || filter.accessedBefore
      ? {
          accessedAt: {
            ...(filter.accessedFrom ? { gte: filter.accessedFrom } : {}),
            ...(filter.accessedBefore ? { lt: filter.accessedBefore } : {}),
          },
        }
      : {}),
  };
}

@Resolver((_of) => PersonalDataAccess)
export class PrivacyResolver {
  @Mutation((_returns) => RevealedPersonalData, {
    description: "查阅个人信息 Read a party's personal data in full for a stated purpose; every field read is audited",
  })
  async revealPersonalData(
    @Arg("input", (_type) => RevealPersonalDataInput) input: RevealPersonalDataInput,
    @Ctx() context: CenterContext,
  ): Promise<RevealedPersonalData> {
    authorize(context, "revealPersonalData");
    return revealPersonalData(input, context);
  }

  @Query((_returns) => PersonalDataAccessConnection, {
    description: "个人信息查阅记录 Who read which personal data in full, newest first, within the supervisor's jurisdiction",
  })
  async personalDataAccessLog(
    @Ctx() context: CenterContext,
    @Arg("filter", (_type) => PersonalDataAccessFilter, { nullable: true }) filter?: PersonalDataAccessFilter | null,
    @Arg("first", (_type) => Int, { defaultValue: 20 }) first = 20,
    @Arg("after", (_type) => String, { nullable: true }) after?: string | null,
  ): Promise<PersonalDataAccessConnection> {
    authorize(context, "personalDataAccessLog");
    if (first < 1 || first > MAX_PAGE_SIZE) {
      throw invalidInput("first", `1 to ${MAX_PAGE_SIZE}`, {
        zh: `每页条数须在1到${MAX_PAGE_SIZE}之间`,
        en: `"first" must be between 1 and ${MAX_PAGE_SIZE}`,
      });
    }
    const where: Prisma.PersonalDataAccessWhereInput = { AND: [whereOf(filter), accessLogScopeWhere(context.actor)] };
    const cursor = after ? decodeCursor(after, "after") : null;
    const rows = await context.db.personalDataAccess.findMany({
      where: cursor
        ? { AND: [where, { OR: [{ accessedAt: { lt: cursor.receivedAt } }, { accessedAt: cursor.receivedAt, id: { lt: cursor.id } }] }] }
        : where,
      orderBy: [{ accessedAt: "desc" }, { id: "desc" }],
      take: first + 1,
    });
    const page = rows.slice(0, first);
    const last = page.at(-1);
    return {
      nodes: page as unknown as PersonalDataAccess[],
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor({ receivedAt: last.accessedAt, id: last.id }) : null },
    };
  }

  @FieldResolver((_type) => Officer)
  readBy(@Root() row: AccessRow): Officer {
    return { id: row.actorId, name: row.actorName };
  }
}
