import { authorize, checkDivisionCode, checkUuid, notFound, Officer } from "@hub/subgraph-kit";
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Mediator as MediatorRow } from "../../generated/client";
import { MediationCommittee } from "../committees/mediation-committee.type";
import type { JusticeContext } from "../context";
import { ExpertLibrary } from "./enums";
import { Mediator } from "./mediator.type";
import { RegisterMediatorInput } from "./register-mediator.input";
import { registerMediator } from "./register-mediator";

/** More than any one division's library holds, so the cap never hides an expert in practice. */
export const MAX_EXPERTS = 500;

@Resolver((_of) => Mediator)
export class MediatorResolver {
  @Query((_returns) => Mediator, { description: "One mediator by id" })
  async mediator(@Arg("id", (_type) => ID) id: string, @Ctx() context: JusticeContext): Promise<MediatorRow> {
    authorize(context, "mediator");
    checkUuid(id, "id");
    const found = await context.loaders.mediatorById.load(id);
    if (!found) throw notFound("Mediator", id);
    return found;
  }

  @Query((_returns) => [Mediator], { description: "人民调解员 A committee's mediators: its members first, then those it hired, by name" })
  async mediators(@Arg("committeeId", (_type) => ID) committeeId: string, @Ctx() context: JusticeContext): Promise<MediatorRow[]> {
    authorize(context, "mediators");
    checkUuid(committeeId, "committeeId");
    const committee = await context.loaders.committeeById.load(committeeId);
    if (!committee) throw notFound("MediationCommittee", committeeId);
    const rows = await context.db.mediator.findMany({
      where: { committeeId },
      orderBy: [{ kind: "asc" }, { name: "asc" }, { id: "asc" }],
    });
    for (const row of rows) context.loaders.mediatorById.prime(row.id, row);
    return rows;
  }

  @Query((_returns) => [Mediator], {
    description: `专家库 The members of one expert library whose committees sit in \`divisionCode\` or below it, by name (at most ${MAX_EXPERTS})`,
  })
  async experts(
    @Arg("library", (_type) => ExpertLibrary) library: ExpertLibrary,
    @Arg("divisionCode", (_type) => String) divisionCode: string,
    @Ctx() context: JusticeContext,
  ): Promise<MediatorRow[]> {
    authorize(context, "experts");
    checkDivisionCode(divisionCode, "divisionCode");
    const rows = await context.db.mediator.findMany({
      where: { libraries: { has: library }, committee: { divisionCode: { startsWith: divisionCode } } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: MAX_EXPERTS,
    });
    for (const row of rows) context.loaders.mediatorById.prime(row.id, row);
    return rows;
  }

  @Mutation((_returns) => Mediator, {
    description:
      "登记人民调解员 Registers a mediator of a committee and the expert libraries they join (justice officers of the bureau over the committee); repeating the same registration returns it",
  })
  async registerMediator(
    @Arg("input", (_type) => RegisterMediatorInput) input: RegisterMediatorInput,
    @Ctx() context: JusticeContext,
  ): Promise<MediatorRow> {
    authorize(context, "registerMediator");
    const mediator = await registerMediator(context, input);
    context.log.info({ mediatorId: mediator.id, committeeId: mediator.committeeId, kind: mediator.kind }, "mediator registered");
    return mediator;
  }

  @FieldResolver((_type) => MediationCommittee, { description: "The committee the mediator serves" })
  async committee(@Root() row: MediatorRow, @Ctx() context: JusticeContext): Promise<MediationCommittee> {
    const committee = await context.loaders.committeeById.load(row.committeeId);
    if (!committee) throw notFound("MediationCommittee", row.committeeId);
    return committee;
  }

  @FieldResolver((_type) => Officer, { description: "The justice officer who registered the mediator" })
  registeredBy(@Root() row: MediatorRow): Officer {
    return { id: row.registeredById, name: row.registeredByName };
  }
}
