import { defineDeadlines, type Deadline } from "@hub/subgraph-kit";

/** The centre's time limits for routing, with their legal or local sources. */
export const DEFAULT_DEADLINES = {
  /** The centre registers and routes a matter within 15 days of receiving it. */
  routeDispute: { days: 15, workingDays: false, basis: "信访工作条例 art 22" },
  /** An organisation that a matter was wrongly routed to objects within 5 working days. */
  respondToRouting: { days: 5, workingDays: true, basis: "信访工作条例 art 23" },
} satisfies Record<string, Deadline>;

export type CenterDeadlines = Record<keyof typeof DEFAULT_DEADLINES, Deadline>;

/** Override schema, merging and the CENTER_DEADLINES_FILE reader for the names above. */
export const centerDeadlines = defineDeadlines(DEFAULT_DEADLINES);
