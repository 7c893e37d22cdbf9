import { ErrorCode, HubError, invalidInput, optionalText } from "@hub/subgraph-kit";
import type { ApplicationForm } from "./application-record";
import type { OralRecordInput } from "./oral-record.input";

const ORAL_RULE = "民诉法解释 353";

export interface OralRecord {
  content: string;
  confirmations: { partyId: string; method: string }[];
}

/**
 * 民诉法解释 353: an application may be oral; the court records it, and each applicant signs,
 * fingerprints or seals the record. A written application carries no such record.
 */
export function checkApplicationForm(
  form: ApplicationForm,
  record: OralRecordInput | null | undefined,
  applicantPartyIds: string[],
): OralRecord | null {
  if (form === "WRITTEN") {
    if (record) {
      throw invalidInput("input.oralRecord", ORAL_RULE, {
        zh: "书面申请不附口头申请笔录",
        en: "A written application carries no record of an oral application",
      });
    }
    return null;
  }
  const content = optionalText(
    record?.content,
    "input.oralRecord.content",
    { zh: "口头申请笔录", en: "The record of the oral application" },
    10_000,
  );
  if (!record || !content) {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      { zh: "口头申请的，人民法院应当记入笔录", en: "An oral application must be recorded by the court" },
      { field: "input.oralRecord", rule: ORAL_RULE },
    );
  }
  const confirmed = new Set(record.confirmations.map((confirmation) => confirmation.partyId.toLowerCase()));
  const unconfirmed = applicantPartyIds.filter((partyId) => !confirmed.has(partyId.toLowerCase()));
  if (unconfirmed.length > 0) {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      {
        zh: "口头申请笔录须由每一申请人签名、捺印或者盖章",
        en: "Every applicant must sign, fingerprint or seal the record of the oral application",
      },
      { field: "input.oralRecord.confirmations", rule: ORAL_RULE, unconfirmedPartyIds: unconfirmed },
    );
  }
  return {
    content,
    confirmations: record.confirmations.map(({ partyId, method }) => ({ partyId, method })),
  };
}
