import { DocumentConfirmationApplicationDocument, DocumentMediationAgreementDocument, type HubDocument } from "@hub/sdk";
import { acceptanceNoticeText } from "./acceptance-notice";
import { confirmationApplicationText } from "./confirmation-application";
import { confirmationRulingText } from "./confirmation-ruling";
import type { DocumentText, DocumentType, LegalDocument } from "./document";
import { mediationAgreementText } from "./mediation-agreement";
import { withVerification } from "./verification";

/** Runs one of the SDK's documents as the caller (the console's client, or the gateway on the caller's behalf). */
export type RunQuery = <R>(document: HubDocument<R, { id: string }>, variables: { id: string }) => Promise<R>;

async function textOf(type: DocumentType, id: string, run: RunQuery): Promise<DocumentText> {
  switch (type) {
    case "MEDIATION_AGREEMENT":
      return mediationAgreementText((await run(DocumentMediationAgreementDocument, { id })).mediationAgreement);
    case "CONFIRMATION_APPLICATION":
      return confirmationApplicationText((await run(DocumentConfirmationApplicationDocument, { id })).confirmationApplication);
    case "ACCEPTANCE_NOTICE":
      return acceptanceNoticeText((await run(DocumentConfirmationApplicationDocument, { id })).confirmationApplication);
    case "CONFIRMATION_RULING":
      return confirmationRulingText((await run(DocumentConfirmationApplicationDocument, { id })).confirmationApplication);
  }
}

/**
 * Reads the record through the graph as the caller (so its authorization and masking apply) and
 * lays out the document with its verification hash. `id` is the agreement's for 人民调解协议书,
 * the application's for the three court documents.
 */
export async function loadDocument(type: DocumentType, id: string, run: RunQuery): Promise<LegalDocument> {
  return withVerification(await textOf(type, id, run));
}
