import { Prisma } from "../../generated/client";
import { StatisticsDimension } from "./statistics-dimension";

export interface StatisticsScope {
  jurisdictionCode: string;
  from: Date;
  to: Date;
  asOf: Date;
}

export interface RawStatisticsRow {
  key: string;
  received: number;
  resolved: number;
  p50: number | null;
  p90: number | null;
  overdue: number;
}

/** The code length of the next level below a jurisdiction: region 2 → league 4 → county 6 → township 9. */
export function childCodeLength(jurisdictionCode: string): number {
  return { 2: 4, 4: 6, 6: 9 }[jurisdictionCode.length] ?? jurisdictionCode.length;
}

function groupKey(dimension: StatisticsDimension, jurisdictionCode: string): Prisma.Sql {
  switch (dimension) {
    case StatisticsDimension.NONE:
      return Prisma.sql`'ALL'`;
    case StatisticsDimension.CATEGORY:
      return Prisma.sql`d.category::text`;
    case StatisticsDimension.CHANNEL:
      return Prisma.sql`d.channel::text`;
    case StatisticsDimension.SUBDIVISION:
      return Prisma.sql`left(d.place_code, ${childCodeLength(jurisdictionCode)})`;
    case StatisticsDimension.MONTH:
      return Prisma.sql`to_char(d.received_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`;
  }
}

/** The first code after every code starting with `prefix` ("1502" → "1503"), so the subtree is an index range. */
export function prefixEnd(prefix: string): string {
  return (BigInt(prefix) + 1n).toString().padStart(prefix.length, "0");
}

/**
 * One statement: the disputes placed in the jurisdiction subtree and received in [from, to),
 * linked and merged records left out (they are counted under their survivor), grouped and
 * aggregated in the database. Resolution days are percentile_cont over the resolved ones;
 * overdue counts disputes with an open stage limit past asOf.
 */
export function statisticsQuery(dimension: StatisticsDimension, scope: StatisticsScope): Prisma.Sql {
  const key = groupKey(dimension, scope.jurisdictionCode);
  return Prisma.sql`
    WITH scoped AS (
      SELECT d.id, ${key} AS key, d.received_at, d.resolved_at
      FROM "dispute" d
      WHERE d.place_code >= ${scope.jurisdictionCode} AND d.place_code < ${prefixEnd(scope.jurisdictionCode)}
        AND d.received_at >= ${scope.from} AND d.received_at < ${scope.to}
        AND d.status NOT IN ('LINKED', 'MERGED')
    ),
    overdue AS (
      SELECT DISTINCT s.dispute_id
      FROM "stage_deadline" s JOIN scoped ON scoped.id = s.dispute_id
      WHERE s.closed_at IS NULL AND s.due_at < ${scope.asOf}
    )
    SELECT scoped.key AS key,
           count(*)::int AS received,
           count(scoped.resolved_at)::int AS resolved,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM scoped.resolved_at - scoped.received_at) / 86400) AS p50,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM scoped.resolved_at - scoped.received_at) / 86400) AS p90,
           count(overdue.dispute_id)::int AS overdue
    FROM scoped LEFT JOIN overdue ON overdue.dispute_id = scoped.id
    GROUP BY scoped.key
    ORDER BY scoped.key`;
}
