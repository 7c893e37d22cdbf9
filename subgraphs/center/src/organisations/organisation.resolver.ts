import { authorize, notFound } from "@hub/subgraph-kit";
import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Organisation as OrganisationRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { checkCreditCode } from "./check-credit-code";
import { Organisation } from "./organisation.type";

@Resolver((_of) => Organisation)
export class OrganisationResolver {
  @Query((_returns) => Organisation, { description: "One organisation by its unified social credit code (GB 32100-2015)" })
  async organisationByCreditCode(
    @Arg("creditCode", (_type) => String) creditCode: string,
    @Ctx() context: CenterContext,
  ): Promise<OrganisationRow> {
    authorize(context, "organisationByCreditCode");
    const code = checkCreditCode(creditCode, "creditCode");
    const organisation = await context.db.organisation.findUnique({ where: { creditCode: code } });
    if (!organisation) throw notFound("Organisation", code);
    return organisation;
  }
}
