import { authorize, checkUuid, ErrorCode, eventRow, HubError, invalidInput, notFound, requireRole } from "@hub/subgraph-kit";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { MediationCommittee as CommitteeRow, Mediator as MediatorRow } from "../../generated/client";
import type { JusticeContext } from "../context";
import { Mediator } from "../mediators/mediator.type";
import { isUniqueViolation } from "@hub/subgraph-kit";
import { checkCommitteeDivisionCode, checkSearchDivisionCode } from "./division-code";
import { MediationCommittee } from "./mediation-committee.type";
import { RegisterMediationCommitteeInput } from "./register-mediation-committee.input";

export const MAX_COMMITTEES = 500;
const MAX_NAME = 100;

function sameRegistration(row: CommitteeRow, name: string, divisionCode: string): boolean {
  return row.name === name && row.divisionCode === divisionCode;
}

function conflict(): HubError {
  return new HubError(
    ErrorCode.CONFLICT,
    { zh: "该编号已登记为另一人民调解委员会", en: "This id is already registered to another mediation committee" },
    { field: "input.id" },
  );
}

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
    checkSearchDivisionCode(divisionCode, "divisionCode");
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
    requireRole(context, ["JUSTICE_OFFICER"], "registerMediationCommittee");
    checkUuid(input.id, "input.id");
    const name = input.name.trim();
    if (!name) throw invalidInput("input.name", "required", { zh: "调解委员会名称不能为空", en: "The committee's name is required" });
    if (name.length > MAX_NAME) {
      throw invalidInput("input.name", `max ${MAX_NAME} characters`, {
        zh: `调解委员会名称不能超过${MAX_NAME}字`,
        en: `The committee's name exceeds ${MAX_NAME} characters`,
      });
    }
    checkCommitteeDivisionCode(input.divisionCode, "input.divisionCode");

    const existing = await context.db.mediationCommittee.findUnique({ where: { id: input.id } });
    if (existing) {
      if (sameRegistration(existing, name, input.divisionCode)) return existing;
      throw conflict();
    }
    try {
      const [created] = await context.db.$transaction([
        context.db.mediationCommittee.create({ data: { id: input.id, name, divisionCode: input.divisionCode } }),
        context.db.eventLog.create({
          data: eventRow(context.actor, {
            type: "committee.registered",
            disputeId: null,
            subjectType: "MediationCommittee",
            subjectId: input.id,
            summary: `登记人民调解委员会${name}`,
            occurredAt: context.now,
            payload: { committeeId: input.id, divisionCode: input.divisionCode },
          }),
        }),
      ]);
      context.log.info({ committeeId: created.id, divisionCode: created.divisionCode }, "mediation committee registered");
      return created;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // A concurrent registration of the same id won the insert: answer as a retry would.
      const winner = await context.db.mediationCommittee.findUnique({ where: { id: input.id } });
      if (winner && sameRegistration(winner, name, input.divisionCode)) return winner;
      throw conflict();
    }
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

  @FieldResolver((_type) => Int, { description: "委员人数 How many members the committee has (人民调解法 art 9: three to nine)" })
  async memberCount(@Root() committee: CommitteeRow, @Ctx() context: JusticeContext): Promise<number> {
    return (await context.loaders.membersByCommittee.load(committee.id)).length;
  }
}
