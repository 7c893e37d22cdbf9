import { defineDeadlines, type Deadline } from "@hub/subgraph-kit";

/** The procuratorate's time limits, with their sources. */
export const DEFAULT_PROCURATORATE_DEADLINES = {
  /** A party's application for supervision is reviewed and decided within 3 months (counted to the corresponding date, 民法典 art 202). */
  partyApplicationDecision: { months: 3, basis: "民事诉讼法 art 220: 人民检察院对当事人的申请应当在三个月内进行审查，作出决定" },
} as const satisfies Record<string, Deadline>;

export const procuratorateDeadlines = defineDeadlines(DEFAULT_PROCURATORATE_DEADLINES);
