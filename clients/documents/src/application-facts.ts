import type { DocumentConfirmationApplicationQuery } from "@hub/sdk";
import { DocumentNotReady } from "./document";
import type { DocumentParty } from "./parties";

export type Application = DocumentConfirmationApplicationQuery["confirmationApplication"];

/** What every court document of an application starts from: its parties, its committee, its agreement. */
export function applicationFacts(application: Application) {
  const dispute = application.dispute;
  const agreement = application.mediationCase?.agreement;
  const committee = application.mediationCase?.committee;
  if (!dispute || !agreement || !committee)
    throw new DocumentNotReady("读不到该申请所涉的纠纷或调解协议", "The application's dispute or mediation agreement cannot be read");
  const applicants: DocumentParty[] = dispute.parties.filter((party) => application.applicantPartyIds.includes(party.id));
  const others: DocumentParty[] = dispute.parties.filter((party) => !application.applicantPartyIds.includes(party.id));
  return { dispute, agreement, committee, applicants, others, parties: dispute.parties as DocumentParty[] };
}

/** The record's number: the 民特 case number once accepted, the application's own id before. */
export function applicationNumber(application: Application): string {
  return application.caseNumber ?? `申请编号 ${application.id}`;
}
