import { defineDeadlines, type Deadline } from "@hub/subgraph-kit";

/**
 * Mediation time limits. The statute sets none for people's mediation itself; the 2002 rules ask
 * for a month as a norm; a court that delegates a case before filing (委派) allows 30 days, one that
 * entrusts a filed case (委托) 15 (ordinary procedure) or 7 (summary). A county may set
 * shorter ones: override them with a JSON file named by JUSTICE_DEADLINES_FILE.
 */
export const DEFAULT_JUSTICE_DEADLINES = {
  // 民法典 art 202: a month ends on the corresponding date of the next month, not after 30 days.
  mediation: { months: 1, basis: "人民调解工作若干规定（司法部令第75号）art 33：一般在一个月内调结；民法典 art 202 按月计算" },
  courtDelegatedMediation: { days: 30, basis: "特邀调解规定 art 27：委派调解期限为30日，自特邀调解员签字接收材料之日起计算" },
  courtEntrustedOrdinaryMediation: {
    days: 15,
    basis: "特邀调解规定 art 27：委托调解适用普通程序的期限为15日，自特邀调解员签字接收材料之日起计算",
  },
  courtEntrustedSummaryMediation: {
    days: 7,
    basis: "特邀调解规定 art 27：委托调解适用简易程序的期限为7日，自特邀调解员签字接收材料之日起计算",
  },
} as const satisfies Record<string, Deadline>;

export type JusticeDeadlines = Record<keyof typeof DEFAULT_JUSTICE_DEADLINES, Deadline>;

/** Override schema, merging and the JUSTICE_DEADLINES_FILE reader for the names above. */
export const justiceDeadlines = defineDeadlines(DEFAULT_JUSTICE_DEADLINES);
