import { invalidInput } from "@hub/subgraph-kit";
import type { ProcuratorateContext } from "../context";

const DAY_MS = 86_400_000;

/** The start of a screening or leads window: `since` when given (not in the future), else the configured days back. */
export function windowStart(context: Pick<ProcuratorateContext, "now" | "redFlags">, since: Date | null | undefined): Date {
  if (!since) return new Date(context.now.getTime() - context.redFlags.screening.defaultDays * DAY_MS);
  if (since.getTime() > context.now.getTime()) {
    throw invalidInput("since", "not in the future", { zh: "起始时间不能晚于当前时间", en: '"since" cannot be in the future' });
  }
  return since;
}
