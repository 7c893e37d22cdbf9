import DataLoader from "dataloader";
import type { RoutingRule as RoutingRuleRow } from "../../generated/client";
import type { CenterDb } from "../db";
import type { DisputeCategory } from "../disputes/enums";

export interface RuleQuery {
  category: DisputeCategory;
  /** Where the dispute arose (township code). */
  placeCode: string;
  /** Division of the centre routing it: rules of its level and above apply. */
  centreDivisionCode: string;
}

const LEVEL_LENGTHS = [2, 4, 6, 9];

/**
 * The jurisdiction codes whose rules may route a dispute arising at `placeCode`: its region,
 * league/city, county and township, but none below the routing centre's own level, so a
 * dispute escalated to a league centre is not sent back down by a county's rule.
 */
export function jurisdictionPrefixes(placeCode: string, centreDivisionCode: string): string[] {
  return LEVEL_LENGTHS.filter((length) => length <= placeCode.length && length <= centreDivisionCode.length).map((length) =>
    placeCode.slice(0, length),
  );
}

/** Among `rules` (one category), the one for the longest of `prefixes`, or null. */
export function mostSpecificRule<R extends Pick<RoutingRuleRow, "jurisdictionCode">>(
  rules: readonly R[],
  prefixes: readonly string[],
): R | null {
  let best: R | null = null;
  for (const rule of rules) {
    if (!prefixes.includes(rule.jurisdictionCode)) continue;
    if (!best || rule.jurisdictionCode.length > best.jurisdictionCode.length) best = rule;
  }
  return best;
}

const keyOf = (query: RuleQuery) => `${query.category}|${query.placeCode}|${query.centreDivisionCode}`;

/** The rule matching each query, with one query on routing_rule per tick. */
export function createRuleMatchLoader(db: CenterDb): DataLoader<RuleQuery, RoutingRuleRow | null, string> {
  return new DataLoader(
    async (queries) => {
      const categories = [...new Set(queries.map((query) => query.category))];
      const codes = [...new Set(queries.flatMap((query) => jurisdictionPrefixes(query.placeCode, query.centreDivisionCode)))];
      const rows = codes.length
        ? await db.routingRule.findMany({ where: { category: { in: categories }, jurisdictionCode: { in: codes } } })
        : [];
      return queries.map((query) =>
        mostSpecificRule(
          rows.filter((row) => row.category === query.category),
          jurisdictionPrefixes(query.placeCode, query.centreDivisionCode),
        ),
      );
    },
    { cacheKeyFn: keyOf, maxBatchSize: 1000 },
  );
}
