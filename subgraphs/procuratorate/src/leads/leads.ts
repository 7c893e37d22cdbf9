import type { ScreenedDispute } from "../graph/screened-dispute";
import type { SupervisionLead } from "./supervision-lead.type";

export type LeadView = SupervisionLead & { disputeId: string };

/** The rulings and agreements of scanned disputes, newest first. */
export function leadsOf(disputes: readonly ScreenedDispute[]): LeadView[] {
  const leads: LeadView[] = [];
  for (const dispute of disputes) {
    const common = { disputeId: dispute.id, disputeNumber: dispute.number, placeCode: dispute.placeCode, category: dispute.category };
    for (const confirmation of dispute.confirmations) {
      if (!confirmation.ruledAt) continue;
      leads.push({
        ...common,
        kind: "CONFIRMATION_RULING",
        id: confirmation.id,
        occurredAt: confirmation.ruledAt,
        caseNumber: confirmation.caseNumber,
        rulingOutcome: confirmation.rulingOutcome,
        committeeName: null,
      });
    }
    for (const mediation of dispute.mediations) {
      if (!mediation.agreementId || !mediation.agreementReachedAt) continue;
      leads.push({
        ...common,
        kind: "MEDIATION_AGREEMENT",
        id: mediation.agreementId,
        occurredAt: mediation.agreementReachedAt,
        caseNumber: null,
        rulingOutcome: null,
        committeeName: mediation.committeeName,
      });
    }
  }
  return leads.sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime() || a.id.localeCompare(b.id));
}
