import { authorize } from "@hub/subgraph-kit";
import { Ctx, Query, Resolver } from "type-graphql";
import type { CourtContext } from "../context";
import { CourtDeadlineRule } from "./court-deadline-rule.type";

@Resolver((_of) => CourtDeadlineRule)
export class CourtDeadlineResolver {
  @Query((_returns) => [CourtDeadlineRule], { description: "The judicial-confirmation time limits in force, with their sources" })
  courtDeadlineRules(@Ctx() context: CourtContext): CourtDeadlineRule[] {
    authorize(context, "courtDeadlineRules");
    return Object.entries(context.deadlines).map(([name, rule]) => ({
      name,
      days: rule.days ?? null,
      months: rule.months ?? null,
      years: rule.years ?? null,
      extensionDays: rule.extension?.days ?? null,
      basis: rule.basis,
    }));
  }
}
