import { authorize, checkDivisionCode, checkUuid, ErrorCode, eventRow, HubError, invalidInput } from "@hub/subgraph-kit";
import type { RoutingRule as RoutingRuleRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { checkHandlingOrganisation } from "./handling-organisation";
import { DISPUTE_CATEGORY_ZH, HANDLING_DEPARTMENT_ZH, HANDLING_TIER_ZH, STATIONING_MODE_ZH } from "./routing-enums";
import { isUniqueViolation } from "@hub/subgraph-kit";
import type { UpsertRoutingRuleInput } from "./upsert-routing-rule.input";

export const RULE_SCOPE = "a supervisor configures routing within their own jurisdiction";
const MAX_BASIS = 500;

function requireJurisdiction(context: CenterContext, jurisdictionCode: string, field: string): void {
  const own = context.actor.jurisdictionCode;
  if (own !== null && jurisdictionCode.startsWith(own)) return;
  throw new HubError(
    ErrorCode.FORBIDDEN,
    {
      zh: `只能配置本辖区（${own ?? "无"}）内的分流规则`,
      en: `You may configure routing rules only within your jurisdiction (${own ?? "none"})`,
    },
    { field, rule: RULE_SCOPE },
  );
}

type RuleContent = Omit<RoutingRuleRow, "id" | "createdAt" | "updatedAt" | "updatedById" | "updatedByName">;

const CONTENT_KEYS = [
  "category",
  "jurisdictionCode",
  "targetDepartment",
  "targetOrganisationId",
  "stationingMode",
  "tier",
  "basis",
] as const satisfies readonly (keyof RuleContent)[];

function contentOf(row: RoutingRuleRow): RuleContent {
  return Object.fromEntries(CONTENT_KEYS.map((key) => [key, row[key]])) as RuleContent;
}

function sameContent(row: RoutingRuleRow, content: RuleContent): boolean {
  return CONTENT_KEYS.every((key) => row[key] === content[key]);
}

/** Creates a routing rule, or changes the one with this id; the same content again changes nothing. */
export async function upsertRoutingRule(
  context: CenterContext,
  input: UpsertRoutingRuleInput,
  now: Date = context.now,
): Promise<RoutingRuleRow> {
  authorize(context, "upsertRoutingRule");
  const { db, actor } = context;
  checkUuid(input.id, "input.id");
  checkDivisionCode(input.jurisdictionCode, "input.jurisdictionCode");
  requireJurisdiction(context, input.jurisdictionCode, "input.jurisdictionCode");
  const basis = input.basis.trim();
  if (!basis) {
    throw invalidInput("input.basis", "required: the local rule's source", {
      zh: "请注明分流规则的依据（本地规定及条款）",
      en: "State the routing rule's basis (the local rule and article)",
    });
  }
  if (basis.length > MAX_BASIS) {
    throw invalidInput("input.basis", `max ${MAX_BASIS} characters`, {
      zh: `依据不能超过${MAX_BASIS}字`,
      en: `The basis exceeds ${MAX_BASIS} characters`,
    });
  }
  const jurisdiction = await context.loaders.divisionByCode.load(input.jurisdictionCode);
  if (!jurisdiction) {
    throw invalidInput("input.jurisdictionCode", "GB/T 2260 / GB/T 10114", {
      zh: `区划代码“${input.jurisdictionCode}”不存在`,
      en: `Division code "${input.jurisdictionCode}" does not exist`,
    });
  }
  const existing = await db.routingRule.findUnique({ where: { id: input.id } });
  if (existing) requireJurisdiction(context, existing.jurisdictionCode, "input.id");
  const organisation = await checkHandlingOrganisation(context, input.target, "input.target");

  const content: RuleContent = {
    category: input.category,
    jurisdictionCode: input.jurisdictionCode,
    targetDepartment: organisation.department,
    targetOrganisationId: organisation.organisationId.toLowerCase(),
    stationingMode: input.stationingMode,
    tier: input.tier,
    basis,
  };
  if (existing && sameContent(existing, content)) return existing;

  const summary =
    `${existing ? "修改" : "新增"}分流规则：${jurisdiction.name}（${jurisdiction.code}）的${DISPUTE_CATEGORY_ZH[input.category]}纠纷分流至` +
    `${HANDLING_DEPARTMENT_ZH[organisation.department]}“${organisation.name}”` +
    `（${STATIONING_MODE_ZH[input.stationingMode]}，${HANDLING_TIER_ZH[input.tier]}）；依据：${basis}`;
  const stamp = { updatedAt: now, updatedById: actor.userId, updatedByName: actor.name };
  try {
    return await db.$transaction(async (tx) => {
      const rule = existing
        ? await tx.routingRule.update({ where: { id: input.id }, data: { ...content, ...stamp } })
        : await tx.routingRule.create({ data: { id: input.id, ...content, ...stamp } });
      await tx.eventLog.create({
        data: eventRow(actor, {
          type: existing ? "routing_rule.changed" : "routing_rule.created",
          disputeId: null,
          subjectType: "RoutingRule",
          subjectId: rule.id,
          summary,
          occurredAt: now,
          payload: { before: existing ? contentOf(existing) : null, after: content },
        }),
      });
      return rule;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const clash = await db.routingRule.findUnique({
      where: { category_jurisdictionCode: { category: input.category, jurisdictionCode: input.jurisdictionCode } },
    });
    if (!clash || clash.id === input.id) {
      // A concurrent registration of the same new id.
      throw new HubError(
        ErrorCode.CONFLICT,
        { zh: "该规则刚被他人修改，请刷新后重试", en: "The rule was just changed by someone else; refresh and try again" },
        { field: "input.id" },
      );
    }
    throw new HubError(
      ErrorCode.CONFLICT,
      {
        zh: `${jurisdiction.name}的该类纠纷已有分流规则（${clash.id}），请修改该规则`,
        en: `A routing rule for this category in ${input.jurisdictionCode} already exists (${clash.id}); change that rule instead`,
      },
      { field: "input.jurisdictionCode", existingRuleId: clash.id },
    );
  }
}
