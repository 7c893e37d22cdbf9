import { z } from "zod";

/**
 * A time limit and where it comes from. `workingDays` counts Monday to Friday only; otherwise
 * every calendar day counts.
 */
export const deadlineSchema = z
  .object({
    days: z.number().int().positive().max(366),
    workingDays: z.boolean().default(false),
    basis: z.string().trim().min(1),
  })
  .strict();
export type Deadline = z.infer<typeof deadlineSchema>;

/** The centre's time limits for routing, with their legal or local sources. */
export const DEFAULT_DEADLINES = {
  /** The centre registers and routes a matter within 15 days of receiving it. */
  routeDispute: { days: 15, workingDays: false, basis: "信访工作条例 art 22" },
  /** An organisation that a matter was wrongly routed to objects within 5 working days. */
  respondToRouting: { days: 5, workingDays: true, basis: "信访工作条例 art 23" },
} satisfies Record<string, Deadline>;

export type DeadlineName = keyof typeof DEFAULT_DEADLINES;
export type CenterDeadlines = Record<DeadlineName, Deadline>;

/** What an override file may hold: any of the named deadlines, nothing else. */
export const deadlineOverridesSchema = z
  .object(
    Object.fromEntries(Object.keys(DEFAULT_DEADLINES).map((name) => [name, deadlineSchema.optional()])) as Record<
      DeadlineName,
      z.ZodOptional<typeof deadlineSchema>
    >,
  )
  .strict();

export function withOverrides(overrides: Partial<CenterDeadlines>): CenterDeadlines {
  const merged: CenterDeadlines = { ...DEFAULT_DEADLINES };
  for (const [name, rule] of Object.entries(overrides) as [DeadlineName, Deadline | undefined][]) {
    if (rule) merged[name] = rule;
  }
  return merged;
}
