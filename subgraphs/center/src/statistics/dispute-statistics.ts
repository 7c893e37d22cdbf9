import { checkDivisionCode, invalidInput } from "@hub/subgraph-kit";
import type { CenterContext } from "../context";
import { requireJurisdiction } from "../oversight/supervisor-authority";
import type { DisputeStatisticsInput } from "./dispute-statistics.input";
import type { DisputeStatistics } from "./dispute-statistics.type";
import { StatisticsDimension } from "./statistics-dimension";
import { statisticsQuery, type RawStatisticsRow, type StatisticsScope } from "./statistics-query";
import type { StatisticsRow } from "./statistics-row.type";

const READERS = ["CENTRE_OFFICER", "CENTRE_SUPERVISOR", "PROSECUTOR"] as const;
/** A longer period is a report to run in pieces, not one request. */
const MAX_PERIOD_DAYS = 3660;

function toRow(raw: RawStatisticsRow, label: string | null = null): StatisticsRow {
  return {
    key: raw.key,
    label,
    received: raw.received,
    resolved: raw.resolved,
    resolutionRate: raw.received ? raw.resolved / raw.received : null,
    resolutionDaysP50: raw.p50 === null ? null : Number(raw.p50),
    resolutionDaysP90: raw.p90 === null ? null : Number(raw.p90),
    overdue: raw.overdue,
  };
}

const EMPTY: RawStatisticsRow = { key: "ALL", received: 0, resolved: 0, p50: null, p90: null, overdue: 0 };

/** 统计: the figures of the caller's jurisdiction (or a part of it), two statements whatever the size. */
export async function disputeStatistics(context: CenterContext, input: DisputeStatisticsInput): Promise<DisputeStatistics> {
  checkDivisionCode(input.jurisdictionCode, "input.jurisdictionCode");
  if (!(input.from < input.to)) {
    throw invalidInput("input.to", "after input.from", { zh: "统计截止时间须晚于起始时间", en: "The period must end after it starts" });
  }
  if (input.to.getTime() - input.from.getTime() > MAX_PERIOD_DAYS * 86_400_000) {
    throw invalidInput("input.to", `at most ${MAX_PERIOD_DAYS} days`, {
      zh: `统计期间不能超过${MAX_PERIOD_DAYS}天`,
      en: `The period may not exceed ${MAX_PERIOD_DAYS} days`,
    });
  }
  requireJurisdiction(context, input.jurisdictionCode, "disputeStatistics", READERS);
  const scope: StatisticsScope = {
    jurisdictionCode: input.jurisdictionCode,
    from: input.from,
    to: input.to,
    asOf: input.asOf ?? context.now,
  };
  const [totals, grouped] = await Promise.all([
    context.db.$queryRaw<RawStatisticsRow[]>(statisticsQuery(StatisticsDimension.NONE, scope)),
    input.groupBy === StatisticsDimension.NONE
      ? Promise.resolve<RawStatisticsRow[]>([])
      : context.db.$queryRaw<RawStatisticsRow[]>(statisticsQuery(input.groupBy, scope)),
  ]);
  const labels =
    input.groupBy === StatisticsDimension.SUBDIVISION ? await context.loaders.divisionByCode.loadMany(grouped.map((row) => row.key)) : [];
  return {
    jurisdictionCode: input.jurisdictionCode,
    groupBy: input.groupBy,
    total: toRow(totals[0] ?? EMPTY),
    rows: grouped.map((row, index) => {
      const division = labels[index];
      return toRow(row, division && !(division instanceof Error) ? division.name : null);
    }),
  };
}
