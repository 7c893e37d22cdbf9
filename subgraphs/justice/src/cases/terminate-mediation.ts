import { eventRow, requiredText } from "@hub/subgraph-kit";
import type { MediationCase as MediationCaseRow } from "../../generated/client";
import type { JusticeContext } from "../context";
import type { PartyRole } from "../graph/justice-graph";
import { commitCaseStep, loadCaseForStep, nextCaseStatus } from "./case-step";
import type { MediationCaseEvent } from "./case-machine";
import type { MediationTerminationReason } from "./enums";
import { checkPartyOf } from "./party-check";

const MAX_STATEMENT = 2000;
const ROLE_ZH: Record<PartyRole, string> = { APPLICANT: "申请人", RESPONDENT: "被申请人", THIRD_PARTY: "第三人" };

const BY_REASON: Record<
  MediationTerminationReason,
  { event: MediationCaseEvent; action: string; type: string; summary: (role: string) => string }
> = {
  PARTY_REFUSED: {
    event: "RECORD_REFUSAL",
    action: "recordPartyRefusal",
    type: "mediation.party_refused",
    summary: (role) => `${role}明确拒绝调解，调解终止（人民调解法第十七条）`,
  },
  PARTY_REQUESTED_END: {
    event: "END_AT_PARTY_REQUEST",
    action: "endMediationAtPartyRequest",
    type: "mediation.ended_at_party_request",
    summary: (role) => `${role}要求终止调解，调解终止（人民调解法第二十三条）`,
  },
};

/** Ends the case at a party's word: an express refusal (art 17) or a request to end (art 23). */
export async function terminateMediation(
  context: JusticeContext,
  input: { caseId: string; partyId: string; statement: string },
  reason: MediationTerminationReason,
  now: Date = context.now,
): Promise<MediationCaseRow> {
  const step = BY_REASON[reason];
  const { row } = await loadCaseForStep(context, input.caseId, step.action);
  nextCaseStatus(row, step.event);
  const statement = requiredText(
    input.statement,
    "input.statement",
    { zh: "当事人的意思表示", en: "The party's statement" },
    MAX_STATEMENT,
  );
  const parties = await context.graph.disputeParties(row.disputeId, "input.caseId");
  const party = checkPartyOf(parties, input.partyId, "input.partyId");
  return commitCaseStep(
    context.db,
    row,
    step.event,
    {
      closedAt: now,
      closedById: context.actor.userId,
      closedByName: context.actor.name,
      terminationReason: reason,
      terminatedByPartyId: party.id,
      terminationStatement: statement,
    },
    async (tx, updated) => {
      return {
        result: updated,
        events: eventRow(context.actor, {
          type: step.type,
          disputeId: updated.disputeId,
          subjectType: "MediationCase",
          subjectId: updated.id,
          summary: step.summary(ROLE_ZH[party.role]),
          occurredAt: now,
          payload: { caseId: updated.id, status: updated.status, partyId: party.id, partyRole: party.role },
        }),
      };
    },
  );
}
