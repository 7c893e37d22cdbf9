import { checkUuid, invalidInput, notFound } from "@hub/subgraph-kit";
import type { DeadlineStage } from "../../generated/client";
import type { CenterContext } from "../context";
import { handlingCentreIdOf } from "../routing/centre-authority";
import { loadCentre } from "../routing/centre-of";
import { STAGE_ZH } from "./stage-plan";
import { requireJurisdiction } from "./supervisor-authority";

/** The dispute, its handling centre and the running limit of `stage`, for a supervisor over that centre. */
export async function openStageFor(context: CenterContext, disputeId: string, stage: DeadlineStage, action: string) {
  checkUuid(disputeId, "input.disputeId");
  const dispute = await context.loaders.disputeById.load(disputeId);
  if (!dispute) throw notFound("Dispute", disputeId);
  const centre = await loadCentre(context, handlingCentreIdOf(dispute));
  requireJurisdiction(context, centre.divisionCode, action);
  await context.stagesRefreshedFor.load(dispute.id);
  const row = (await context.loaders.openStagesByDispute.load(dispute.id)).find((open) => open.stage === stage);
  if (!row) {
    throw invalidInput("input.stage", "a stage the dispute is in", {
      zh: `该纠纷当前没有进行中的“${STAGE_ZH[stage]}”期限`,
      en: `The dispute has no running ${stage} limit`,
    });
  }
  return { dispute, centre, row };
}
