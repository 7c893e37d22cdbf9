import { invalidInput } from "@hub/subgraph-kit";
import type { RoutingRule as RoutingRuleRow } from "../../generated/client";
import { optionalReason } from "./reason";
import type { HandlingTier, StationingMode } from "./routing-enums";
import type { RouteDisputeInput } from "./route-dispute.input";
import type { RoutingTargetInput } from "./routing-target.input";

export const OVERRIDE_RULE = "manual override needs a reason";

export interface RoutingPlan {
  target: RoutingTargetInput;
  stationingMode: StationingMode;
  tier: HandlingTier;
  /** The rule that matched, whether applied or overridden. */
  ruleId: string | null;
  overridden: boolean;
  overrideReason: string | null;
}

type RuleChoice = Pick<RoutingRuleRow, "id" | "targetDepartment" | "targetOrganisationId" | "stationingMode" | "tier">;

function isRuleTarget(target: RoutingTargetInput, rule: RuleChoice): boolean {
  return target.department === rule.targetDepartment && target.organisationId.toLowerCase() === rule.targetOrganisationId.toLowerCase();
}

const OVERRIDE_LABEL = { zh: "人工调整理由", en: "The override reason" };

/**
 * Decides where a dispute goes: to the matching rule's target when the centre names none, or to
 * the centre's own choice, which needs a reason when it departs from the rule. Stationing mode
 * and tier come from the rule only when its target is used; otherwise the centre states them.
 */
export function planRouting(input: RouteDisputeInput, rule: RuleChoice | null): RoutingPlan {
  const overrideReason = optionalReason(input.overrideReason, "input.overrideReason", OVERRIDE_LABEL);
  if (!input.target) {
    if (!rule) {
      throw invalidInput("input.target", "a matching routing rule or an explicit target", {
        zh: "该纠纷没有适用的分流规则，请指定承办单位",
        en: "No routing rule matches this dispute; name the organisation to route it to",
      });
    }
    return {
      target: { department: rule.targetDepartment, organisationId: rule.targetOrganisationId },
      stationingMode: input.stationingMode ?? rule.stationingMode,
      tier: input.tier ?? rule.tier,
      ruleId: rule.id,
      overridden: false,
      overrideReason,
    };
  }
  const overridden = rule !== null && !isRuleTarget(input.target, rule);
  if (overridden && !overrideReason) {
    throw invalidInput(
      "input.overrideReason",
      OVERRIDE_RULE,
      {
        zh: "承办单位与分流规则不一致，人工调整须说明理由",
        en: "The target differs from the routing rule's: a manual override needs a reason",
      },
      { ruleId: rule.id },
    );
  }
  const ruleUsed = overridden ? null : rule;
  const stationingMode = input.stationingMode ?? ruleUsed?.stationingMode ?? null;
  if (!stationingMode) {
    throw invalidInput("input.stationingMode", "required unless the rule's target is used", {
      zh: "请指定入驻方式（常驻、轮驻、随驻或特邀）",
      en: "State the stationing mode (PERMANENT, ROTATION, ON_CALL or INVITED)",
    });
  }
  const tier = input.tier ?? ruleUsed?.tier ?? null;
  if (!tier) {
    throw invalidInput("input.tier", "required unless the rule's target is used", {
      zh: "请指定调处层级（三级调处）",
      en: "State the handling tier (STATIONED, LINKED or EXPERT)",
    });
  }
  return { target: input.target, stationingMode, tier, ruleId: rule?.id ?? null, overridden, overrideReason };
}
