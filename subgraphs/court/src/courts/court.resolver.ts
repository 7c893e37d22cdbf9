import { authorize, checkDivisionCode, checkUuid, notFound } from "@hub/subgraph-kit";
import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Court as CourtRow } from "../../generated/client";
import type { CourtContext } from "../context";
import { Court } from "./court.type";
import { RegisterCourtInput } from "./register-court.input";
import { registerCourt } from "./register-court";

/** More courts than the region has (1 high, about 15 intermediate and 110 basic), so the cap never hides one. */
export const MAX_COURTS = 500;

@Resolver((_of) => Court)
export class CourtResolver {
  @Query((_returns) => Court, { description: "One court by id" })
  async court(@Arg("id", (_type) => ID) id: string, @Ctx() context: CourtContext): Promise<CourtRow> {
    authorize(context, "court");
    checkUuid(id, "id");
    const court = await context.loaders.courtById.load(id);
    if (!court) throw notFound("Court", id);
    return court;
  }

  @Query((_returns) => [Court], { description: `Courts serving \`divisionCode\` or any division below it (at most ${MAX_COURTS})` })
  async courts(@Arg("divisionCode", (_type) => String) divisionCode: string, @Ctx() context: CourtContext): Promise<CourtRow[]> {
    authorize(context, "courts");
    checkDivisionCode(divisionCode, "divisionCode");
    const rows = await context.db.court.findMany({
      where: { divisionCode: { startsWith: divisionCode } },
      orderBy: [{ divisionCode: "asc" }, { caseCode: "asc" }],
      take: MAX_COURTS,
    });
    for (const row of rows) context.loaders.courtById.prime(row.id, row);
    return rows;
  }

  @Mutation((_returns) => Court, {
    description: "Registers a 人民法院 (court clerks only); repeating the same registration returns the court",
  })
  async registerCourt(
    @Arg("input", (_type) => RegisterCourtInput) input: RegisterCourtInput,
    @Ctx() context: CourtContext,
  ): Promise<CourtRow> {
    authorize(context, "registerCourt");
    const court = await registerCourt(context.db, context.actor, input, context.now);
    context.log.info({ courtId: court.id, caseCode: court.caseCode }, "court registered");
    return court;
  }
}
