import { defineDeadlines, type Deadline } from "@hub/subgraph-kit";

/** The court's time limits for judicial confirmation, with their legal or local sources. */
export const DEFAULT_DEADLINES = {
  /** The parties apply within 30 days of the agreement taking effect. */
  applicationWindow: { days: 30, basis: "民事诉讼法 art 205; 人民调解法 art 33" },
  /** The court decides whether to accept within 3 days of filing. */
  acceptanceDecision: { days: 3, basis: "最高人民法院关于人民调解协议司法确认程序的若干规定 (2011) art 4" },
  /**
   * Special-procedure cases are concluded within 30 days of acceptance (立案); the court president
   * may extend it for special circumstances. The law sets no length for the extension: the cap
   * here is the deployment's.
   */
  conclusion: {
    days: 30,
    basis: "民事诉讼法 art 187",
    extension: { days: 30, basis: "民事诉讼法 art 187: 有特殊情况需要延长的，由本院院长批准" },
  },
  /**
   * The 2011 provisions' 15 days from acceptance, +10 with the president's approval: the court's own
   * limit where the deployment applies it (COURT_OWN_CONCLUSION_LIMIT), otherwise a target. It
   * predates the 2021 and 2023 amendments, which set the statutory 30 days.
   */
  targetConclusion: {
    days: 15,
    basis: "最高人民法院关于人民调解协议司法确认程序的若干规定 (2011) art 6",
    extension: { days: 10, basis: "最高人民法院关于人民调解协议司法确认程序的若干规定 (2011) art 6: 经本院院长批准，可以延长十日" },
  },
  /** A party applies for enforcement within 2 years of the last day of the performance period. */
  enforcementApplication: { years: 2, basis: "民事诉讼法 art 250" },
  /** A party objects to a ruling within 15 days of receiving it. */
  partyObjection: { days: 15, basis: "民诉法解释 372" },
  /** An interested person objects within 6 months of learning that the ruling harms their rights. */
  interestedPersonObjection: { months: 6, basis: "民诉法解释 372" },
  /** The default time given to supply missing materials when the court orders it. */
  materialsSupplement: { days: 7, basis: "民诉法解释 354 (限期补交; the period is the court's)" },
} satisfies Record<string, Deadline>;

export type CourtDeadlines = Record<keyof typeof DEFAULT_DEADLINES, Deadline>;

/** Override schema, merging and the COURT_DEADLINES_FILE reader for the names above. */
export const courtDeadlines = defineDeadlines(DEFAULT_DEADLINES);
