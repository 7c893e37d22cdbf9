import { authorize, checkDivisionCode, checkUuid, notFound } from "@hub/subgraph-kit";
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { CenterContext } from "../context";
import { Division } from "../divisions/division.type";
import { Centre } from "./centre.type";
import { registerCentre } from "./register-centre";
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
    return registerCentre(context, input);
  }

  @FieldResolver((_type) => Division)
  async division(@Root() centre: Centre, @Ctx() context: CenterContext): Promise<Division> {
    const division = await context.loaders.divisionByCode.load(centre.divisionCode);
    if (!division) throw notFound("Division", centre.divisionCode);
    return division;
  }
}
