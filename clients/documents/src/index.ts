// The hub's printed legal documents, laid out from the graph's data (never typed again) and
// hashed over exactly what they print: one text for the console's print page and the gateway's PDF.
export { acceptanceNoticeText } from "./acceptance-notice";
export { type Application } from "./application-facts";
export { confirmationApplicationText } from "./confirmation-application";
export { confirmationRulingText, OBJECTION_NOTICE } from "./confirmation-ruling";
export { chineseDate, plainDate } from "./dates";
export {
  DOCUMENT_SLUGS,
  DOCUMENT_TITLES,
  DocumentNotReady,
  documentTypeOfSlug,
  type Block,
  type DocumentText,
  type DocumentType,
  type LegalDocument,
} from "./document";
export { loadDocument, type RunQuery } from "./load";
export { mediationAgreementText } from "./mediation-agreement";
export { canonicalJson, verifyDocument, withVerification } from "./verification";
