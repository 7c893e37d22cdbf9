import { defineDeadlines, type Deadline } from "@hub/subgraph-kit";

/** The court's time limits for judicial confirmation, with their legal or local sources. */
export const DEFAULT_DEADLINES = {
  /** The parties apply within 30 days of the agreement taking effect. */
  applicationWindow: { days: 30, basis: "民事诉讼法 art 205; 人民调解法 art 33" },
  /** The court decides whether to accept within 3 days of filing. */
  acceptanceDecision: { days: 3, basis: "最高人民法院关于人民调解协议司法确认程序的若干规定 (2011) art 4" },
  /** Special-procedure cases are concluded within 30 days. */
  conclusion: { days: 30, basis: "民事诉讼法 art 187" },
  /** The practice target for concluding a confirmation. */
  targetConclusion: { days: 15, basis: "practice target of the region's courts" },
  /** A party applies for enforcement of a ruling within 2 years. */
  enforcementApplication: { years: 2, basis: "民事诉讼法 art 250" },
  /** A party objects to a ruling within 15 days of receiving it. */
  partyObjection: { days: 15, basis: "民诉法解释 372" },
} satisfies Record<string, Deadline>;

export type CourtDeadlines = Record<keyof typeof DEFAULT_DEADLINES, Deadline>;

/** Override schema, merging and the COURT_DEADLINES_FILE reader for the names above. */
export const courtDeadlines = defineDeadlines(DEFAULT_DEADLINES);
