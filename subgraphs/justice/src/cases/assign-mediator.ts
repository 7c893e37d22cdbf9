import { checkUuid, eventRow, invalidInput } from "@hub/subgraph-kit";
import type { MediationCase as MediationCaseRow } from "../../generated/client";
import type { JusticeContext } from "../context";
import type { AssignMediatorInput } from "./assign-mediator.input";
import { commitCaseStep, loadCaseForStep, nextCaseStatus } from "./case-step";

export const MEDIATOR_RULE = "人民调解法 art 19";

/** 指定调解员 / 当事人选定调解员: the mediator must serve the case's committee; a later assignment replaces the earlier one. */
export async function assignMediator(
  context: JusticeContext,
  input: AssignMediatorInput,
  now: Date = context.now,
): Promise<MediationCaseRow> {
  const { row, committee } = await loadCaseForStep(context, input.caseId, "assignMediator");
  nextCaseStatus(row, "ASSIGN_MEDIATOR");
  checkUuid(input.mediatorId, "input.mediatorId");
  const mediator = await context.loaders.mediatorById.load(input.mediatorId);
  if (!mediator) {
    throw invalidInput("input.mediatorId", "registered mediator", {
      zh: `人民调解员“${input.mediatorId}”未登记`,
      en: `Mediator "${input.mediatorId}" is not registered`,
    });
  }
  if (mediator.committeeId !== row.committeeId) {
    throw invalidInput("input.mediatorId", MEDIATOR_RULE, {
      zh: `调解员${mediator.name}不属于“${committee.name}”，不能调解该案`,
      en: `Mediator ${mediator.name} does not serve "${committee.name}", which mediates this case`,
    });
  }
  return commitCaseStep(
    context.db,
    row,
    "ASSIGN_MEDIATOR",
    { mediatorId: mediator.id, mediatorChosenByParties: input.chosenByParties, mediatorAssignedAt: now },
    async (tx, updated) => {
      return {
        result: updated,
        events: eventRow(context.actor, {
          type: "mediation.mediator_assigned",
          disputeId: updated.disputeId,
          subjectType: "MediationCase",
          subjectId: updated.id,
          summary: input.chosenByParties ? `当事人选定调解员${mediator.name}` : `${committee.name}指定调解员${mediator.name}`,
          occurredAt: now,
          payload: { caseId: updated.id, status: updated.status, mediatorId: mediator.id, chosenByParties: input.chosenByParties },
        }),
      };
    },
  );
}
