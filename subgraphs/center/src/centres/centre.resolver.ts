import { authorize, checkUuid, ErrorCode, eventRow, HubError, invalidInput, notFound } from "@hub/subgraph-kit";
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { CenterContext } from "../context";
import { checkDivisionCode } from "../divisions/division.resolver";
import { Division } from "../divisions/division.type";
import { Centre } from "./centre.type";
import { RegisterCentreInput } from "./register-centre.input";

@Resolver((_of) => Centre)
export class CentreResolver {
  @Query((_returns) => Centre)
  async centre(@Arg("id", (_type) => ID) id: string, @Ctx() context: CenterContext): Promise<Centre> {
    authorize(context, "centre");
    checkUuid(id, "id");
    const centre = await context.loaders.centreById.load(id);
    if (!centre) throw notFound("Centre", id);
    return centre;
  }

  @Query((_returns) => [Centre], { description: "Centres serving `divisionCode` or any division below it" })
  async centres(@Arg("divisionCode", (_type) => String) divisionCode: string, @Ctx() context: CenterContext): Promise<Centre[]> {
    authorize(context, "centres");
    checkDivisionCode(divisionCode, "divisionCode");
    return context.db.centre.findMany({
      where: { divisionCode: { startsWith: divisionCode } },
      orderBy: { divisionCode: "asc" },
      take: 500,
    });
  }

  @Mutation((_returns) => Centre, {
    description: "Registers a 综治中心 (supervisors only); repeating the same registration returns the centre",
  })
  async registerCentre(
    @Arg("input", (_type) => RegisterCentreInput) input: RegisterCentreInput,
    @Ctx() context: CenterContext,
  ): Promise<Centre> {
    authorize(context, "registerCentre");
    checkUuid(input.id, "input.id");
    checkDivisionCode(input.divisionCode, "input.divisionCode");
    const name = input.name.trim();
    if (!name) throw invalidInput("input.name", "required", { zh: "中心名称不能为空", en: "The centre's name is required" });
    if (!(await context.loaders.divisionByCode.load(input.divisionCode))) {
      throw invalidInput("input.divisionCode", "GB/T 2260 / GB/T 10114", {
        zh: `区划代码“${input.divisionCode}”不存在`,
        en: `Division code "${input.divisionCode}" does not exist`,
      });
    }
    const existing = await context.db.centre.findUnique({ where: { id: input.id } });
    if (existing) {
      if (existing.name === name && existing.divisionCode === input.divisionCode) return existing;
      throw new HubError(
        ErrorCode.CONFLICT,
        { zh: "该编号已登记为另一中心", en: "This id is already registered to another centre" },
        { field: "input.id" },
      );
    }
    const [created] = await context.db.$transaction([
      context.db.centre.create({ data: { id: input.id, name, divisionCode: input.divisionCode } }),
      context.db.eventLog.create({
        data: eventRow(context.actor, {
          type: "centre.registered",
          disputeId: null,
          subjectType: "Centre",
          subjectId: input.id,
          summary: `登记综治中心${name}`,
          occurredAt: context.now,
          payload: { centreId: input.id, divisionCode: input.divisionCode },
        }),
      }),
    ]);
    return created;
  }

  @FieldResolver((_type) => Division)
  async division(@Root() centre: Centre, @Ctx() context: CenterContext): Promise<Division> {
    const division = await context.loaders.divisionByCode.load(centre.divisionCode);
    if (!division) throw notFound("Division", centre.divisionCode);
    return division;
  }
}
