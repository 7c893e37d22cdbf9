import { authorize, checkUuid, invalidInput, Officer, outOfScope, requireRole } from "@hub/subgraph-kit";
import { supervisionScopeWhere } from "../access/supervision-scope";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { SupervisionCase as SupervisionCaseRow } from "../../generated/client";
import type { ProcuratorateContext } from "../context";
import { Dispute } from "../disputes/dispute.type";
import { SupervisionCaseStatus, SupervisionSource } from "./enums";
import { openSupervisionCase } from "./open-supervision-case";
import { checkSubject } from "./supervision-subject";
import { OpenSupervisionCaseInput } from "./open-supervision-case.input";
import { SupervisionCase } from "./supervision-case.type";
import { sourceOfGrounds } from "./supervision-source";

export const MAX_PAGE_SIZE = 100;

@Resolver((_of) => SupervisionCase)
export class SupervisionCaseResolver {
  @Query((_returns) => SupervisionCase, { description: "One supervision case by id" })
  async supervisionCase(@Arg("id", (_type) => ID) id: string, @Ctx() context: ProcuratorateContext): Promise<SupervisionCaseRow> {
    authorize(context, "supervisionCase");
    checkUuid(id, "id");
    const found = await context.scoped.supervisionCase.load(id);
    if (!found) throw outOfScope("SupervisionCase", id);
    return found;
  }

  @Query((_returns) => [SupervisionCase], { description: "Supervision cases, newest opened first" })
  async supervisionCases(
    @Ctx() context: ProcuratorateContext,
    @Arg("status", (_type) => SupervisionCaseStatus, { nullable: true }) status?: SupervisionCaseStatus | null,
    @Arg("first", (_type) => Int, { defaultValue: 20 }) first = 20,
  ): Promise<SupervisionCaseRow[]> {
    authorize(context, "supervisionCases");
    if (first < 1 || first > MAX_PAGE_SIZE) {
      throw invalidInput("first", `1 to ${MAX_PAGE_SIZE}`, {
        zh: `每页条数须在1到${MAX_PAGE_SIZE}之间`,
        en: `"first" must be between 1 and ${MAX_PAGE_SIZE}`,
      });
    }
    const rows = await context.db.supervisionCase.findMany({
      where: { AND: [status ? { status } : {}, supervisionScopeWhere(context.actor)] },
      orderBy: [{ openedAt: "desc" }, { id: "desc" }],
      take: first,
    });
    for (const row of rows) context.scoped.supervisionCase.prime(row.id, row);
    return rows;
  }

  @Mutation((_returns) => SupervisionCase, { description: "立案 Open a supervision case on a dispute (prosecutors only)" })
  async openSupervisionCase(
    @Arg("input", (_type) => OpenSupervisionCaseInput) input: OpenSupervisionCaseInput,
    @Ctx() context: ProcuratorateContext,
  ): Promise<SupervisionCaseRow> {
    authorize(context, "openSupervisionCase");
    requireRole(context, ["PROSECUTOR"], "openSupervisionCase");
    checkUuid(input.disputeId, "input.disputeId");
    // The dispute must exist and lie in the prosecutor's Dispute scope: the centre answers for it
    // through the graph, refusing an unknown dispute and one out of scope alike.
    await context.graph.disputeInScope(input.disputeId, "input.disputeId");
    const subject = await checkSubject(context, input);
    const opened = await openSupervisionCase(context.db, context.actor, input, context.now, null, subject);
    context.log.info({ supervisionCaseId: opened.id, disputeId: opened.disputeId, grounds: opened.grounds }, "supervision case opened");
    return opened;
  }

  @FieldResolver((_type) => Dispute, {
    nullable: true,
    description: "The dispute supervised (null only while the centre cannot be reached)",
  })
  dispute(@Root() row: SupervisionCaseRow): Dispute {
    return { id: row.disputeId };
  }

  @FieldResolver((_type) => SupervisionSource, { description: "依职权 or 依申请, following from the grounds" })
  source(@Root() row: SupervisionCaseRow): SupervisionSource {
    return sourceOfGrounds(row.grounds);
  }

  @FieldResolver((_type) => Officer, { description: "承办检察官 Officer who opened the case" })
  openedBy(@Root() row: SupervisionCaseRow): Officer {
    return { id: row.openedByOfficerId, name: row.openedByOfficerName };
  }
}
