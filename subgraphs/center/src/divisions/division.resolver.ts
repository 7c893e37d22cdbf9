import { authorize, checkDivisionCode, notFound } from "@hub/subgraph-kit";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { CenterContext } from "../context";
import { pathCodes, REGION_CODE } from "./division-code";
import { Division } from "./division.type";

@Resolver((_of) => Division)
export class DivisionResolver {
  @Query((_returns) => Division, { description: "One division by its code" })
  async division(@Arg("code", (_type) => ID) code: string, @Ctx() context: CenterContext): Promise<Division> {
    authorize(context, "division");
    checkDivisionCode(code, "code");
    const division = await context.loaders.divisionByCode.load(code);
    if (!division) throw notFound("Division", code);
    return division;
  }

  @Query((_returns) => [Division], {
    description: "The divisions directly below `parentCode` (the region's leagues and cities by default)",
  })
  async divisions(
    @Arg("parentCode", (_type) => ID, { defaultValue: REGION_CODE }) parentCode: string,
    @Ctx() context: CenterContext,
  ): Promise<Division[]> {
    authorize(context, "divisions");
    checkDivisionCode(parentCode, "parentCode");
    return context.loaders.divisionChildren.load(parentCode);
  }

  @FieldResolver((_type) => Division, { nullable: true })
  async parent(@Root() division: Division, @Ctx() context: CenterContext): Promise<Division | null> {
    return division.parentCode ? context.loaders.divisionByCode.load(division.parentCode) : null;
  }

  @FieldResolver((_type) => [Division])
  async children(@Root() division: Division, @Ctx() context: CenterContext): Promise<Division[]> {
    return context.loaders.divisionChildren.load(division.code);
  }

  @FieldResolver((_type) => [Division], { description: "From the region down to this division, inclusive" })
  async path(@Root() division: Division, @Ctx() context: CenterContext): Promise<Division[]> {
    const found = await context.loaders.divisionByCode.loadMany(pathCodes(division.code));
    return found.filter((row): row is Division => row !== null && !(row instanceof Error));
  }
}
