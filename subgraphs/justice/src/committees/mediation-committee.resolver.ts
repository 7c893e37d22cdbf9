import { authorize, checkDivisionCode, checkUuid, notFound } from "@hub/subgraph-kit";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { RosterIssue, rosterIssues } from "../mediators/committee-roster";
import type { MediationCommittee as CommitteeRow, Mediator as MediatorRow } from "../../generated/client";
import type { JusticeContext } from "../context";
import { Mediator } from "../mediators/mediator.type";
import { MediationCommittee } from "./mediation-committee.type";
import { registerMediationCommittee } from "./register-mediation-committee";
import { RegisterMediationCommitteeInput } from "./register-mediation-committee.input";

export const MAX_COMMITTEES = 500;

@Resolver((_of) => MediationCommittee)
export class MediationCommitteeResolver {
  @Query((_returns) => MediationCommittee, { description: "One mediation committee by id" })
  async mediationCommittee(@Arg("id", (_type) => ID) id: string, @Ctx() context: JusticeContext): Promise<CommitteeRow> {
    authorize(context, "mediationCommittee");
    checkUuid(id, "id");
    const committee = await context.loaders.committeeById.load(id);
    if (!committee) throw notFound("MediationCommittee", id);
    return committee;
  }

  @Query((_returns) => [MediationCommittee], {
    description: `Committees sitting in \`divisionCode\` or any division below it, by division code (at most ${MAX_COMMITTEES})`,
  })
  async mediationCommittees(
    @Arg("divisionCode", (_type) => String) divisionCode: string,
    @Ctx() context: JusticeContext,
  ): Promise<CommitteeRow[]> {
    authorize(context, "mediationCommittees");
    checkDivisionCode(divisionCode, "divisionCode");
    const rows = await context.db.mediationCommittee.findMany({
      where: { divisionCode: { startsWith: divisionCode } },
      orderBy: [{ divisionCode: "asc" }, { name: "asc" }, { id: "asc" }],
      take: MAX_COMMITTEES,
    });
    for (const row of rows) context.loaders.committeeById.prime(row.id, row);
    return rows;
  }

  @Mutation((_returns) => MediationCommittee, {
    description: "登记人民调解委员会 Registers a mediation committee (justice officers only); repeating the same registration returns it",
  })
  async registerMediationCommittee(
    @Arg("input", (_type) => RegisterMediationCommitteeInput) input: RegisterMediationCommitteeInput,
    @Ctx() context: JusticeContext,
  ): Promise<CommitteeRow> {
    authorize(context, "registerMediationCommittee");
    return registerMediationCommittee(context, input);
  }

  @FieldResolver((_type) => [Mediator], {
    description:
      "委员 The committee's members (人民调解法 art 9: three to nine), by name; hired mediators are listed by mediators(committeeId)",
  })
  async members(@Root() committee: CommitteeRow, @Ctx() context: JusticeContext): Promise<MediatorRow[]> {
    const members = await context.loaders.membersByCommittee.load(committee.id);
    for (const row of members) context.loaders.mediatorById.prime(row.id, row);
    return members;
  }

  @FieldResolver((_type) => [RosterIssue], {
    description:
      "What the members lack under 人民调解法 art 9 (three to nine, women among them, and in a multi-ethnic area members of the smaller ethnic groups); empty when lawful",
  })
  async rosterIssues(@Root() committee: CommitteeRow, @Ctx() context: JusticeContext): Promise<RosterIssue[]> {
    return rosterIssues(await context.loaders.membersByCommittee.load(committee.id), committee.multiEthnicArea);
  }

  @FieldResolver((_type) => Int, { description: "委员人数 How many members the committee has (人民调解法 art 9: three to nine)" })
  async memberCount(@Root() committee: CommitteeRow, @Ctx() context: JusticeContext): Promise<number> {
    return (await context.loaders.membersByCommittee.load(committee.id)).length;
  }
}
