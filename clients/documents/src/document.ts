/** One block of a printed document, in reading order. */
export type Block =
  /** A numbered or titled part, e.g. 纠纷主要事实、争议事项. */
  | { kind: "heading"; text: string }
  /** Running text, first line indented two characters. */
  | { kind: "paragraph"; text: string }
  /** A party line or another labelled fact: 申请人：乌云其其格…… */
  | { kind: "line"; text: string }
  /** The signature area: each line a signer, with how and when they signed. */
  | { kind: "signatures"; lines: string[] }
  /** Right-aligned at the end: the issuing body, the date, the seal. */
  | { kind: "closing"; lines: string[] };

export type DocumentType = "MEDIATION_AGREEMENT" | "CONFIRMATION_APPLICATION" | "ACCEPTANCE_NOTICE" | "CONFIRMATION_RULING";

/** What a document prints, before its verification hash is computed over it. */
export interface DocumentText {
  type: DocumentType;
  /** Centred above the title, e.g. the court's name. */
  header: string[];
  title: string;
  /** The record's number as printed: the 民特 case number, or the dispute's number for an agreement. */
  number: string;
  blocks: Block[];
}

/** A printable document: its text and the SHA-256 over that text's canonical form. */
export interface LegalDocument extends DocumentText {
  verification: { algorithm: "SHA-256"; hash: string };
}

export const DOCUMENT_TITLES: Record<DocumentType, string> = {
  MEDIATION_AGREEMENT: "人民调解协议书",
  CONFIRMATION_APPLICATION: "司法确认申请书",
  ACCEPTANCE_NOTICE: "受理通知书",
  CONFIRMATION_RULING: "民事裁定书",
};

/** The document's address segment: /documents/<slug>/<id>.pdf and the console's /documents/<slug>/<id>. */
export const DOCUMENT_SLUGS: Record<DocumentType, string> = {
  MEDIATION_AGREEMENT: "mediation-agreement",
  CONFIRMATION_APPLICATION: "confirmation-application",
  ACCEPTANCE_NOTICE: "acceptance-notice",
  CONFIRMATION_RULING: "confirmation-ruling",
};

export function documentTypeOfSlug(slug: string): DocumentType | undefined {
  return (Object.keys(DOCUMENT_SLUGS) as DocumentType[]).find((type) => DOCUMENT_SLUGS[type] === slug);
}

/** Why a document cannot be printed yet (the record is not at that stage), in Chinese and English. */
export class DocumentNotReady extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = "DocumentNotReady";
  }
}
