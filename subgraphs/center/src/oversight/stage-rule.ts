import type { Deadline } from "@hub/subgraph-kit";
import type { DeadlineStage, HandlingComplexity } from "../../generated/client";
import type { CenterDeadlines } from "../config/deadlines";
import { tierLimit, type HandlingTiers } from "../config/handling-tiers";
import type { CenterContext } from "../context";
import { deadlineOf } from "./stage-plan";

/**
 * The HANDLE limit of a case routed by the centre at `divisionCode`: that centre's local tier for
 * the case's complexity (繁简分流), or the general handling limit where it has none.
 */
export function handleRuleFor(
  services: { deadlines: CenterDeadlines; handlingTiers: HandlingTiers },
  divisionCode: string | null,
  complexity: HandlingComplexity | null,
): Deadline {
  const tier = divisionCode === null ? null : tierLimit(services.handlingTiers, divisionCode, complexity);
  return tier ?? services.deadlines.handleDispute;
}

/** The rule a stage row runs against, read with the request's loaders (batched, no query per row). */
export async function ruleOfStage(context: CenterContext, row: { stage: DeadlineStage; routingId: string | null }): Promise<Deadline> {
  if (row.stage !== "HANDLE" || row.routingId === null) return deadlineOf(context.deadlines, row.stage);
  const routing = await context.loaders.routingById.load(row.routingId);
  if (!routing) return context.deadlines.handleDispute;
  const centre = await context.loaders.centreById.load(routing.fromCentreId);
  return handleRuleFor(context, centre?.divisionCode ?? null, routing.complexity);
}
