import { randomUUID } from "node:crypto";
import { ErrorCode, HubError, invalidInput, isUniqueViolation } from "@hub/subgraph-kit";
import type { ConclusionExtension as ExtensionRow } from "../../generated/client";
import type { CourtContext } from "../context";
import type { ExtendConfirmationConclusionInput } from "./conclusion-extension.input";
import { applicationEvent, applicationForStep } from "./procedure-step";

/**
 * 民事诉讼法 art 187: special circumstances, the court president approving, extend the 30 days;
 * the 2011 provisions art 6 allow 10 more days on its 15, where the deployment applies it as the
 * court's own limit. The approval is recorded with its reason and the president's name; one
 * extension per limit, at most the configured length.
 */
export async function extendConclusion(
  context: CourtContext,
  input: ExtendConfirmationConclusionInput,
  now: Date = context.now,
): Promise<ExtensionRow> {
  const rule = input.limit === "STATUTORY" ? context.deadlines.conclusion : context.deadlines.targetConclusion;
  const basis = rule.extension?.basis ?? rule.basis;
  const { application } = await applicationForStep(context, input.applicationId, {
    action: "延长审查期限",
    rule: basis,
    roles: ["JUDGE"],
    statuses: ["ACCEPTED", "UNDER_REVIEW"],
  });
  if (input.limit === "COURT_OWN" && !context.ownConclusionLimit) {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      {
        zh: "本院未适用2011年司法确认规定的十五日审查期限，无需延长",
        en: "This deployment does not apply the 2011 provisions' 15 days as the court's own limit, so it is not extended",
      },
      { field: "input.limit", rule: context.deadlines.targetConclusion.basis },
    );
  }
  const most = rule.extension?.days;
  if (!most || input.days < 1 || input.days > most) {
    throw invalidInput("input.days", basis, {
      zh: most ? `延长期限为1至${most}日` : "该期限不能延长",
      en: most ? `An extension is 1 to ${most} days` : "This limit cannot be extended",
    });
  }
  const reason = input.reason.trim();
  const approvedByName = input.approvedByName.trim();
  if (!reason) throw invalidInput("input.reason", basis, { zh: "须写明延长理由", en: "Give the reason for the extension" });
  if (!approvedByName) {
    throw invalidInput("input.approvedByName", basis, { zh: "须由本院院长批准", en: "Name the court president who approved it" });
  }
  try {
    return await context.db.$transaction(async (tx) => {
      const extension = await tx.conclusionExtension.create({
        data: {
          id: randomUUID(),
          applicationId: application.id,
          limit: input.limit,
          days: input.days,
          reason: reason.slice(0, 2000),
          approvedByName: approvedByName.slice(0, 100),
          recordedAt: now,
          recordedById: context.actor.userId,
          recordedByName: context.actor.name,
        },
      });
      await applicationEvent(
        tx,
        context,
        application,
        {
          type: "confirmation.conclusion_extended",
          summary: `经院长${approvedByName}批准，审查期限延长${input.days}日：${reason}`,
          payload: { limit: input.limit, days: input.days, reason, approvedByName, basis },
        },
        now,
      );
      return extension;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new HubError(
      ErrorCode.CONFLICT,
      { zh: "该期限已经延长过", en: "This limit has already been extended" },
      { field: "input.limit", rule: basis },
    );
  }
}
