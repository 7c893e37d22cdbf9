import { authorize, checkDivisionCode, Officer } from "@hub/subgraph-kit";
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RoutingRule as RoutingRuleRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { DisputeCategory } from "../disputes/enums";
import { RoutingRule } from "./routing-rule.type";
import { RoutingTarget } from "./routing-target.type";
import { upsertRoutingRule } from "./upsert-routing-rule";
import { UpsertRoutingRuleInput } from "./upsert-routing-rule.input";

export const MAX_RULES = 500;

@Resolver((_of) => RoutingRule)
export class RoutingRuleResolver {
  @Query((_returns) => [RoutingRule], {
    description: `分流规则 Rules set for \`jurisdictionCode\` or any division below it, by jurisdiction and category (at most ${MAX_RULES})`,
  })
  async routingRules(
    @Arg("jurisdictionCode", (_type) => String) jurisdictionCode: string,
    @Ctx() context: CenterContext,
    @Arg("category", (_type) => DisputeCategory, { nullable: true }) category?: DisputeCategory | null,
  ): Promise<RoutingRuleRow[]> {
    authorize(context, "routingRules");
    checkDivisionCode(jurisdictionCode, "jurisdictionCode");
    return context.db.routingRule.findMany({
      where: { jurisdictionCode: { startsWith: jurisdictionCode }, ...(category ? { category } : {}) },
      orderBy: [{ jurisdictionCode: "asc" }, { category: "asc" }],
      take: MAX_RULES,
    });
  }

  @Mutation((_returns) => RoutingRule, {
    description: "配置分流规则 Create or change a routing rule (centre supervisors, within their jurisdiction)",
  })
  async upsertRoutingRule(
    @Arg("input", (_type) => UpsertRoutingRuleInput) input: UpsertRoutingRuleInput,
    @Ctx() context: CenterContext,
  ): Promise<RoutingRuleRow> {
    return upsertRoutingRule(context, input);
  }

  @FieldResolver((_type) => RoutingTarget)
  target(@Root() rule: RoutingRuleRow): RoutingTarget {
    return { department: rule.targetDepartment, organisationId: rule.targetOrganisationId };
  }

  @FieldResolver((_type) => Officer, { description: "Who last set the rule" })
  updatedBy(@Root() rule: RoutingRuleRow): Officer {
    return { id: rule.updatedById, name: rule.updatedByName };
  }
}
